package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.text.TextPosition;
import org.handout.Fixtures;
import org.handout.diagnostics.RenderFailure;
import org.handout.i18n.Labels;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every character is drawn from a real glyph, right-to-left text reads logically, labels are localized. */
class ScriptsTest {

    private static Renderer.Result render(String markdown, boolean keepGoing) throws Exception {
        return new Renderer(RenderOptions.defaults().withKeepGoing(keepGoing))
                .render("chars.md", markdown.getBytes(StandardCharsets.UTF_8), Path.of("."));
    }

    @TestFactory
    Stream<DynamicTest> noFixtureDrawsANotdefGlyph() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] pdf = ReadingOrderTest.render(fixture).pdf();
            for (PageMarks.Page page : PageMarks.read(pdf)) {
                for (PageMarks.Mark mark : page.marks()) {
                    for (TextPosition glyph : mark.glyphs()) {
                        for (int code : glyph.getCharacterCodes()) {
                            assertNotEquals(0, code, ".notdef glyph in '" + mark.text() + "'");
                        }
                        assertTrue(glyph.getUnicode() != null && !glyph.getUnicode().isEmpty(), "glyph without Unicode");
                    }
                }
            }
        }));
    }

    @Test
    void aCharacterNoFontHasIsAnErrorNamingItsCodePointAndLine() {
        RenderFailure failure = assertThrows(RenderFailure.class,
                () -> render("---\ntitle: Emoji\nlang: en\n---\n\nFirst line.\n\nA smile \uD83E\uDDEA here.\n", false));
        String message = failure.diagnostics().stream().map(d -> d.format()).filter(m -> m.contains("error")).findFirst()
                .orElseThrow();
        assertTrue(message.startsWith("chars.md:8"), message);
        assertTrue(message.contains("U+1F9EA"), message);
    }

    @Test
    void withKeepGoingTheCharacterIsAVisibleTaggedReplacement() throws Exception {
        Renderer.Result result = render("---\ntitle: Emoji\nlang: en\n---\n\nA smile \uD83E\uDDEA here.\n", true);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.format().contains("warning") && d.format().contains("U+1F9EA")));
        assertTrue(StructureText.read(result.pdf()).text().contains("A smile \uD83E\uDDEA here."),
                "the replacement carries the character as /ActualText");
        boolean drawn = PageMarks.read(result.pdf()).get(0).marks().stream()
                .anyMatch(m -> m.glyphs().stream().anyMatch(g -> g.getUnicode().equals("\uFFFD")));
        assertTrue(drawn, "a visible replacement mark is drawn");
    }

    @Test
    void rightToLeftTextReadsInLogicalOrderWithItsLanguage() throws Exception {
        Renderer.Result result = render("---\ntitle: Mixed\nlang: en\n---\n\nSay תודה to the nurse.\n\n"
                + "اشرب الماء كل يوم.\n", false);
        String read = StructureText.read(result.pdf()).text();
        assertTrue(read.contains("Say תודה to the nurse."), read);
        assertTrue(read.contains("اشرب الماء كل يوم."), read);
        List<StructureText.Element> spans = StructureText.read(result.pdf()).elements().stream()
                .filter(e -> e.type().equals("Span")).toList();
        assertFalse(spans.isEmpty());
    }

    @Test
    void everySupportedLanguageHasEveryLabel() {
        Labels english = Labels.forLanguage("en");
        for (String lang : Labels.SUPPORTED) {
            Labels labels = Labels.forLanguage(lang);
            assertEquals(lang, labels.lang());
            for (String key : List.of("disclaimer.heading", "disclaimer.text", "disclaimer.reminder", "disclaimer.link", "references",
                    "notes", "contents", "figure", "back", "skip", "by", "published", "reviewed", "reviewedBy", "footnote")) {
                assertFalse(labels.get(key).isBlank(), lang + " " + key);
                if (!lang.equals("en") && key.startsWith("disclaimer")) {
                    assertNotEquals(english.get(key), labels.get(key), lang + " " + key + " is translated");
                }
            }
            assertTrue(labels.page(2, 5).contains("2") && labels.page(2, 5).contains("5"));
        }
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglishWithAWarning() throws Exception {
        Renderer.Result result = render("---\ntitle: Kenya\nlang: sw\ndisclaimer: Huu si ushauri wa matibabu.\n---\n\nMaji ni uhai.\n",
                false);
        assertEquals("en", Labels.forLanguage("sw").lang());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().contains("'sw'")));
        assertTrue(StructureText.read(result.pdf()).text().contains(Labels.forLanguage("en").get("disclaimer.heading")));
    }
}
