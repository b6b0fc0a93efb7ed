package org.handout.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.handout.Fixtures;
import org.handout.browser.Pages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every fixture page passes the Nu Html Checker (the engine behind validator.w3.org/nu) with no errors. */
class NuHtmlCheckerTest {

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return Fixtures.all().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            List<String> errors = validate(Pages.html(source));
            assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
        }));
    }

    @Test
    void checkerReportsErrors() throws Exception {
        List<String> errors = validate("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title>"
                + "</head><body><span dir=\"sideways\">x</span><p><h2>y</h2></body></html>");
        assertFalse(errors.isEmpty(), "the checker accepted an invalid page");
    }

    static List<String> validate(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are advice (for example on unusual but valid markup), not conformance errors.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        InputSource input = new InputSource(new StringReader(html));
        input.setEncoding("UTF-8");
        validator.checkHtmlInputSource(input);
        return errors;
    }
}
