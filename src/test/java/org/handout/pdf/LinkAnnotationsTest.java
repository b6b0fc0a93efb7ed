package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.handout.Fixtures;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every link annotation's /Contents (what a screen reader says for the link) is in the handout's language. */
class LinkAnnotationsTest {
    /** The words a reader expects before the link's target, by the handout's primary language. */
    private static final Map<String, String> LINK_TO = Map.of("en", "Link to ", "es", "Enlace a ", "de", "Link zu ");

    @TestFactory
    Stream<DynamicTest> everyFixturesLinksAreDescribedInItsLanguage() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            var result = ReadingOrderTest.render(fixture);
            assertInLanguage(result.pdf(), result.document().meta().lang());
        }));
    }

    /** An address, a footnote call and its back-link, in each language: three kinds of link, all described in it. */
    @TestFactory
    Stream<DynamicTest> everyKindOfLinkIsDescribedInTheHandoutsLanguage() {
        return LINK_TO.keySet().stream().sorted().map(lang -> DynamicTest.dynamicTest(lang, () -> {
            String md = "---\ntitle: Links\nlang: " + lang + "\n---\n\n[NHS](https://www.nhs.uk/) text.[^1]\n\n[^1]: Note.\n";
            var result = new Renderer(RenderOptions.defaults())
                    .render("links.md", md.getBytes(StandardCharsets.UTF_8), Path.of("."));
            assertEquals(3, assertInLanguage(result.pdf(), lang), "link annotations");
        }));
    }

    /** Asserts every link annotation's /Contents starts with the language's words and names a target; returns the count. */
    private static int assertInLanguage(byte[] pdf, String tag) throws Exception {
        String expected = LINK_TO.get(Locale.forLanguageTag(tag).getLanguage());
        List<String> contents = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        contents.add(annotation.getContents());
                    }
                }
            }
        }
        List<String> wrong = contents.stream()
                .filter(c -> c == null || !c.startsWith(expected) || c.length() == expected.length()).toList();
        assertTrue(wrong.isEmpty(), () -> "not \"" + expected + "…\": " + wrong);
        return contents.size();
    }
}
