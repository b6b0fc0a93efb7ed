package org.handout.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.handout.Fixtures;
import org.handout.Themed;
import org.handout.render.RenderOptions;
import org.handout.browser.Pages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every fixture page, and the sample in each example house style, passes the Nu Html Checker (the engine behind validator.w3.org/nu) with no errors. */
class NuHtmlCheckerTest {

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return Fixtures.all().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            List<String> errors = NuChecker.errors(Pages.html(source));
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }));
    }

    @TestFactory
    Stream<DynamicTest> exampleThemes() {
        return Fixtures.themes().map(theme -> DynamicTest.dynamicTest(Themed.name(theme), () -> {
            List<String> errors = NuChecker.errors(Themed.sample(theme, RenderOptions.defaults()).html());
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }));
    }

    @Test
    void checkerReportsErrors() throws Exception {
        List<String> errors = NuChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title>"
                + "</head><body><span dir=\"sideways\">x</span><p><h2>y</h2></body></html>");
        assertFalse(errors.isEmpty(), "the checker accepted an invalid page");
    }
}
