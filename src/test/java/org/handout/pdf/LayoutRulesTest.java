package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.text.TextPosition;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Blocks that may follow a heading, each with what must stay on the heading's page. */
    static Stream<Arguments> followers() {
        return Stream.of(
                Arguments.of("a paragraph (its first two lines)", "word ".repeat(70)),
                Arguments.of("a three-line paragraph (all of it)", "word ".repeat(40)),
                Arguments.of("a list (its first item's first two lines)", "- " + "item ".repeat(40) + "\n- second"),
                Arguments.of("a nested list", "- - " + "item ".repeat(40) + "\n  - second"),
                Arguments.of("a table (header and first row)", "| Drug | Notes |\n|---|---|\n| Metformin | "
                        + "Take with food. ".repeat(12) + " |\n| Insulin | Keep cool |"),
                Arguments.of("a figure (all of it)", "![Two hands under running water](fixtures/images/handwashing.png)"),
                Arguments.of("a block quote (its first lines)", "> " + "quoted ".repeat(40)),
                Arguments.of("a code block (its first lines)", "```\nfirst line\nsecond line\nthird line\nfourth line\n```"),
                Arguments.of("a subsection (its heading and first lines)", "### Subsection\n\n" + "word ".repeat(40)));
    }

    /**
     * Sections whose lengths vary put headings at every distance from a page's foot; none may end
     * a page, whatever follows it, and a table's header row may not either.
     */
    @ParameterizedTest(name = "a heading keeps with {0}")
    @MethodSource("followers")
    void aHeadingKeepsWithTheStartOfWhatFollows(String name, String block) throws Exception {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 36; i++) {
            md.append("## Section ").append(i).append("\n\n").append(block).append("\n\n");
            md.append("Filler line\\\n".repeat(i % 9)).append("Last filler line.\n\n");
        }
        List<PageGeometry.Page> pages = PageGeometry.read(render(md.toString()));
        assertTrue(pages.size() > 6, "enough page breaks to land near every heading");
        for (PageGeometry.Page page : pages.subList(0, pages.size() - 1)) {
            assertEquals(Optional.empty(), PageChecks.strandedHeading(page));
            assertEquals(Optional.empty(), PageChecks.strandedHeaderRow(page));
        }
    }

    static Stream<Arguments> captions() {
        String table = "| Drug | Dose |\n|---|---|\n| Metformin | 500 mg |\n| Insulin | 10 units |";
        String figure = "![Two hands under running water](fixtures/images/handwashing.png)";
        return Stream.of(
                Arguments.of("above a table", "Table 1. Doses\n\n" + table),
                Arguments.of("below a table", table + "\n\nTable: Doses"),
                Arguments.of("above a figure", "Figure 1: Washing hands\n\n" + figure),
                Arguments.of("below a figure", figure + "\n\nFigure 1. Washing hands"));
    }

    /**
     * A caption right above or below a table or figure is on a page with its object, wherever the
     * text before them puts the page break (one render per line of filler, across a page's foot).
     */
    @ParameterizedTest(name = "a caption {0} stays with it")
    @MethodSource("captions")
    void aCaptionStaysWithItsTableOrFigure(String name, String captioned) throws Exception {
        boolean table = name.endsWith("table");
        for (int lines = 18; lines <= 40; lines++) {
            String md = "Filler line\\\n".repeat(lines) + "Last filler line.\n\n" + captioned + "\n\nAfter.\n";
            List<PageGeometry.Page> pages = PageGeometry.read(render(md));
            PageGeometry.Page page = pages.stream()
                    .filter(p -> p.shapes().stream().anyMatch(s -> s.text() != null && s.text().contains("Doses")
                            || s.text() != null && s.text().contains("Washing hands")))
                    .findFirst().orElseThrow();
            // Above a table, its header and first row; below one, its last row.
            String row = name.startsWith("above") ? "Metformin" : "Insulin";
            boolean object = table ? page.shapes().stream().anyMatch(s -> s.type().equals("TD") && s.text().equals(row))
                    : page.shapes().stream().anyMatch(PageGeometry.Shape::image);
            assertTrue(object, "after " + lines + " lines, the caption is on page " + page.number() + " without its object");
        }
    }

    /**
     * In an eight-column results table (the lab-results fixture) and documentation tables, every
     * line of every cell is made of whole words of the source: no unit, number with its unit or
     * bold header word is broken.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lab-results.md", "data-dictionary.md"})
    void tableCellsBreakNoUnitOrWord(String fixture) throws Exception {
        Path source = Path.of("fixtures", fixture);
        String markdown = Files.readString(source);
        Set<String> words = new HashSet<>(List.of(markdown.replaceAll("[`*]", "").replace('|', ' ').split("\\s+")));
        byte[] pdf = new Renderer(RenderOptions.defaults()).render(fixture, markdown.getBytes(StandardCharsets.UTF_8),
                source.getParent()).pdf();
        List<String> cellLines = PageGeometry.read(pdf).stream().flatMap(p -> p.shapes().stream())
                .filter(s -> s.type().equals("TD") || s.type().equals("TH")).map(PageGeometry.Shape::text).toList();
        assertTrue(cellLines.size() > 20, cellLines::toString);
        for (String line : cellLines) {
            for (String word : line.split("\\s+")) {
                assertTrue(words.contains(word), "'" + word + "' in the cell line '" + line + "' is part of a broken word");
            }
        }
        if (fixture.equals("lab-results.md")) {
            for (String unit : List.of("mmol/mol", "µmol/L", "mL/min/1.73m²", "×10⁹/L", "25-hydroxyvitamin D",
                    "below 48 mmol/mol")) {
                assertTrue(cellLines.stream().anyMatch(l -> l.contains(unit)), unit + " is not on one line: " + cellLines);
            }
        }
    }

    /**
     * Lists and quotes nested twenty deep (and a list nested past the 32-level limit) keep at least
     * 60 % of the page's measure; their labels hang inside the margins and cover no other text.
     */
    @Test
    void deepNestingKeepsTheMeasure() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            md.append("  ".repeat(i)).append("- Level ").append(i).append(": ").append("text ".repeat(30)).append("\n");
        }
        md.append("\n").append("> ".repeat(20)).append("text ".repeat(60)).append("\n\n");
        md.append("1. ".repeat(40)).append("deep\n");
        byte[] pdf = render(md.toString());
        for (PageGeometry.Page p : PageGeometry.read(pdf)) {
            float measure = p.width() - 2 * MARGIN;
            for (PageGeometry.Shape shape : p.shapes()) {
                if (!shape.artifact() && !shape.type().equals("Lbl")) {
                    assertTrue(p.width() - MARGIN - shape.box().left() >= 0.6f * measure - 0.5f,
                            "'" + shape.text() + "' starts at " + shape.box().left());
                }
            }
        }
        assertEquals(List.of(), PageChecks.problems(pdf));
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
