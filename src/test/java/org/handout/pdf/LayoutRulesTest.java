package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;

/** Each layout rule, checked on a rendered PDF. */
class LayoutRulesTest {
    private static final float MARGIN = 20 * 72 / 25.4f;

    private static byte[] render(String markdown, RenderOptions options) throws Exception {
        String source = "---\ntitle: Layout rules\nlang: en\n---\n\n" + markdown;
        return new Renderer(options).render("rules.md", source.getBytes(StandardCharsets.UTF_8), Path.of(".")).pdf();
    }

    private static byte[] render(String markdown) throws Exception {
        return render(markdown, RenderOptions.defaults());
    }

    private static String paragraphs(int count, String word) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((word + " ").repeat(30 + i % 7)).append("\n\n");
        }
        return b.toString();
    }

    @Test
    void aHeadingIsNeverTheLastThingOnAPage() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            md.append("## Section ").append(i).append("\n\n").append(paragraphs(1 + i % 3, "text"));
        }
        List<PageMarks.Page> pages = PageMarks.read(render(md.toString()));
        assertTrue(pages.size() > 3);
        for (PageMarks.Page page : pages) {
            List<PageMarks.Mark> tagged = page.marks().stream().filter(m -> !m.artifact()).toList();
            String last = tagged.get(tagged.size() - 1).tag();
            assertFalse(last.matches("H[1-6]"), "a page ends with a heading: " + tagged.get(tagged.size() - 1).text());
        }
    }

    @Test
    void noParagraphLeavesASingleLineAtAPageFootOrHead() throws Exception {
        List<PageMarks.Page> pages = PageMarks.read(render(paragraphs(30, "orphan")));
        for (int p = 1; p < pages.size(); p++) {
            List<PageMarks.Mark> tagged = pages.get(p).marks().stream().filter(m -> !m.artifact()).toList();
            List<TextPosition> first = tagged.get(0).glyphs();
            long lines = first.stream().map(g -> Math.round(g.getYDirAdj())).distinct().count();
            assertTrue(lines >= 2, "page " + (p + 1) + " starts with a single line");
        }
    }

    @Test
    void aTableHeaderRepeatsAsAnArtifactOnContinuationPages() throws Exception {
        StringBuilder md = new StringBuilder("| Drug | Dose | Notes |\n|---|---|---|\n");
        for (int i = 0; i < 120; i++) {
            md.append("| Drug ").append(i).append(" | ").append(i * 5).append(" mg | Take with water |\n");
        }
        byte[] pdf = render(md.toString());
        List<PageMarks.Page> pages = PageMarks.read(pdf);
        assertTrue(pages.size() >= 3);
        for (int p = 1; p < pages.size(); p++) {
            assertTrue(pages.get(p).marks().stream().anyMatch(m -> m.artifact() && m.text().contains("Dose")),
                    "page " + (p + 1) + " repeats the header as an artifact");
            assertFalse(pages.get(p).marks().stream().anyMatch(m -> !m.artifact() && m.text().equals("Dose")),
                    "the header is tagged only once");
        }
        String read = StructureText.read(pdf).text();
        assertEquals(read.indexOf("Dose"), read.lastIndexOf("Dose"), "the header is read once");
    }

    @Test
    void aWideTableStaysInsideThePage() throws Exception {
        StringBuilder md = new StringBuilder("|");
        md.append(" Column heading |".repeat(12)).append("\n|").append("---|".repeat(12)).append("\n|");
        md.append(" Acetylsalicylicacidhydrochloridesolution |".repeat(12)).append("\n");
        assertInsideMargins(render(md.toString()));
    }

    @Test
    void aTableTooWideForPortraitEvenInSmallTypeGetsALandscapePage() throws Exception {
        StringBuilder md = new StringBuilder("Before the table.\n\n## Weekly schedule\n\n|");
        md.append(" Heading |".repeat(7)).append("\n|").append("---|".repeat(7)).append("\n|");
        md.append(" Pharmacokinetically |".repeat(7)).append("\n\nAfter the table.\n");
        byte[] pdf = render(md.toString());
        List<PageMarks.Page> pages = PageMarks.read(pdf);
        PageMarks.Page table = pages.stream().filter(p -> p.marks().stream().anyMatch(m -> m.tag().equals("TD")))
                .findFirst().orElseThrow();
        assertTrue(table.width() > table.height(), "the table's page is landscape");
        assertTrue(table.marks().stream().anyMatch(m -> m.tag().equals("H2") && m.text().equals("Weekly schedule")),
                "the section heading moves with its table");
        PageMarks.Page after = pages.stream().filter(p -> p.marks().stream().anyMatch(m -> m.text().contains("After the table")))
                .findFirst().orElseThrow();
        assertTrue(after.width() < after.height(), "the text after it is back on a portrait page");
        for (PageMarks.Mark mark : table.marks()) {
            for (TextPosition glyph : mark.glyphs()) {
                assertTrue(glyph.getFontSizeInPt() >= 8f, "type no smaller than the floor");
            }
        }
        assertInsideMargins(pdf);
    }

    @Test
    void aLongUrlBreaksInsideTheMargins() throws Exception {
        assertInsideMargins(render("See https://www.example.org/" + "very-long-path-segment/".repeat(12) + "index.html\n"));
    }

    @Test
    void largePrintSetsBodyTextToAtLeast18Points() throws Exception {
        RenderOptions large = RenderOptions.defaults().withPdf(new PdfOptions(null, true, null, Conformance.UA1_A2A, false));
        List<PageMarks.Page> pages = PageMarks.read(render("A paragraph of body text.\n", large));
        var body = pages.get(0).marks().stream().filter(m -> m.tag().equals("P") && m.text().contains("body text"))
                .findFirst().orElseThrow();
        for (TextPosition glyph : body.glyphs()) {
            assertTrue(glyph.getFontSizeInPt() >= 18f, "glyph at " + glyph.getFontSizeInPt() + " pt");
        }
    }

    private static void assertInsideMargins(byte[] pdf) throws Exception {
        for (PageMarks.Page page : PageMarks.read(pdf)) {
            for (PageMarks.Mark mark : page.marks()) {
                for (TextPosition glyph : mark.glyphs()) {
                    if (glyph.getUnicode().isBlank()) {
                        continue;
                    }
                    float left = glyph.getXDirAdj();
                    float right = left + glyph.getWidthDirAdj();
                    assertTrue(left >= MARGIN - 0.5f && right <= page.width() - MARGIN + 0.5f,
                            "'" + glyph.getUnicode() + "' of '" + mark.text() + "' at " + left + ".." + right);
                }
            }
        }
    }
}
