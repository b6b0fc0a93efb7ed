package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that a line break cuts in two (an address broken after a slash, a word too long for a line,
 * a word hyphenated at a soft hyphen) are read whole: by poppler, which reads the page, and through
 * the structure tree, as a screen reader does (pdf.js, as Firefox does, is PdfHtmlComparisonTest's). Without
 * their glyphs saying the word whole, both read a space (or, for poppler, lose a hyphen) where the line broke.
 */
class BrokenWordsTest {
    private static final String ADDRESS = "https://example.org/handouts/medicines/"
            + "a-very-long-path-segment/another-long-path-segment/and-one-more-segment/medicine-list.pdf";
    private static final String LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
    private static final String SOFT = "Vollkorn\u00ADprodukten";

    @TempDir
    Path temp;

    @Test
    void wordsBrokenAcrossLinesAreReadWhole() throws Exception {
        StringBuilder source = new StringBuilder("---\ntitle: Broken words\n---\n\n");
        source.append("See ").append(ADDRESS).append(" for the list.\n\n");
        source.append("A long word: ").append(LONG_WORD).append(" ends here.\n\n");
        // The soft-hyphenated word at every position along a line: at least one of them breaks.
        for (int i = 0; i < 12; i++) {
            source.append("x".repeat(i + 1)).append(" Brot aus ").append(SOFT).append(" isst man gern und oft. ");
        }
        source.append("\n");
        Path file = temp.resolve("broken.md");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Renderer.Result result = new Renderer(RenderOptions.defaults()).render(file.toString(),
                Files.readAllBytes(file), temp);

        // Word joiners (the glyphs after a break say nothing but one) are not said: a reader drops them.
        String poppler = WorldScriptsTest.pdftotext(result.pdf(), file).replace("\n", " ").replace("\u2060", "");
        String tags = StructureText.read(result.pdf()).spacedText().replace("\u2060", "");
        for (String reader : new String[] {poppler, tags}) {
            assertTrue(reader.contains(ADDRESS), "the address is read whole:\n" + reader);
            assertTrue(reader.contains(" " + LONG_WORD + " "), "the long word is read whole:\n" + reader);
            assertTrue(!reader.contains("Voll- korn") && !reader.contains("Vollkorn- produkten")
                    && !reader.contains("Voll korn") && !reader.contains("Vollkorn produkten"),
                    "a hyphenated word is read whole:\n" + reader);
        }
        // The page's own glyphs, a line break where the baseline moves: the words did break, so the test tests something.
        StringBuilder drawn = new StringBuilder();
        float baseline = Float.NaN;
        for (PageMarks.Mark mark : PageMarks.read(result.pdf()).get(0).marks()) {
            for (org.apache.pdfbox.text.TextPosition glyph : mark.glyphs()) {
                if (glyph.getY() != baseline) {
                    drawn.append('\n');
                    baseline = glyph.getY();
                }
                drawn.append(glyph.getUnicode());
            }
        }
        // Lines that begin inside a word (their glyphs say nothing: a word joiner): the address's, the long word's
        // and a soft-hyphenated word's, whose drawn hyphen ends the line before.
        long continued = drawn.toString().lines().filter(l -> l.startsWith("\u2060")).count();
        assertTrue(continued >= 3, drawn.toString());
        assertTrue(drawn.indexOf("Vollkornprodukten-\n\u2060") >= 0, drawn.toString());
    }
}
