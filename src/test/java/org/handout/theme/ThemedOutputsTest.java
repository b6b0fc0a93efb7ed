package org.handout.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.Fixtures;
import org.handout.Themed;
import org.handout.pdf.PageChecks;
import org.handout.pdf.PageGeometry;
import org.handout.pdf.PdfOptions;
import org.handout.pdf.tagged.Conformance;
import org.handout.pdf.StructureText;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What each example house style puts in both outputs, read back by PDFBox and jsoup: the logo and the name above
 * the title (a Figure with its alt, or an artifact), the footer line on every page as a footer artifact that is
 * never read, the theme's page and metadata; in the HTML the same logo, name and footer line.
 */
class ThemedOutputsTest {

    @TestFactory
    Stream<DynamicTest> exampleThemes() {
        return Fixtures.themes().flatMap(theme -> Stream.of(
                DynamicTest.dynamicTest(Themed.name(theme) + ": PDF", () -> pdf(theme)),
                DynamicTest.dynamicTest(Themed.name(theme) + ": HTML", () -> html(theme)),
                DynamicTest.dynamicTest(Themed.name(theme) + ": page rules", () -> pageRules(theme, false)),
                DynamicTest.dynamicTest(Themed.name(theme) + ": page rules in large print", () -> pageRules(theme, true))));
    }

    /**
     * The page rules every fixture keeps ({@link PageChecks}), at the theme's margins: no text outside them (the
     * footer, with its third line, inside the lower half of the bottom margin at most), no stranded heading, no
     * overlapping text, no blank page.
     */
    private static void pageRules(Path theme, boolean largePrint) throws Exception {
        RenderOptions options = RenderOptions.defaults().withPdf(
                new PdfOptions(null, largePrint, null, Conformance.UA1_A2A, false));
        byte[] pdf = Themed.sample(theme, options).pdf();
        assertEquals(List.of(), PageChecks.problems(pdf, Themed.style(theme).margin()));
    }

    private static void pdf(Path theme) throws Exception {
        HouseStyle style = Themed.style(theme);
        Renderer.Result result = Themed.sample(theme, RenderOptions.defaults());
        List<StructureText.Element> read = StructureText.read(result.pdf()).elements().stream()
                .filter(e -> !e.type().equals("Document")).toList();
        // PDF 1.7 has no Title: the title is the first H1.
        int title = read.indexOf(read.stream().filter(e -> e.type().equals("H1")).findFirst().orElseThrow());
        List<String> before = read.subList(0, title).stream().map(e -> e.type() + ": " + e.text().strip()).toList();
        List<String> expected = style.logo().decorative() ? List.of("P: " + style.name())
                : List.of("Figure: " + style.logo().alt(), "P: " + style.name());
        assertEquals(expected, before, "what a screen reader reads before the title");
        assertFalse(StructureText.read(result.pdf()).text().contains(style.footer()), "the footer line is read aloud");

        List<PageGeometry.Page> pages = PageGeometry.read(result.pdf());
        assertTrue(pages.size() > 1);
        for (PageGeometry.Page page : pages) {
            assertTrue(page.shapes().stream().anyMatch(s -> s.footer() && style.footer().equals(s.text())),
                    () -> "page " + page.number() + " has no footer line: " + page.shapes());
            float width = style.pageSize().equals("a4") ? 595.28f : 612f;
            assertEquals(width, page.width(), 0.01f, "the theme's page size");
        }
        List<PageGeometry.Shape> images = pages.get(0).shapes().stream().filter(PageGeometry.Shape::image).toList();
        assertEquals(1, images.size(), "the logo");
        assertEquals(style.logo().decorative(), images.get(0).artifact(), "a decorative logo is an artifact");
        float margin = style.margin();
        assertEquals(margin, images.get(0).box().left(), 0.5f, "the logo sits at the left margin");
        assertEquals(pages.get(0).height() - margin, images.get(0).box().top(), 0.5f, "the logo sits at the top margin");

        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            HouseStyle.Fonts faces = style.fonts();
            for (HouseStyle.FontFile file : java.util.Arrays.asList(faces.regular(), faces.bold(), faces.headings())) {
                if (file != null) {
                    String stem = Path.of(file.file()).getFileName().toString().replace(".ttf", "");
                    assertTrue(fonts.contains(stem), () -> "the theme's " + stem + " is not embedded: " + fonts);
                }
            }
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<dc:publisher><rdf:Bag><rdf:li>" + style.name().replace("'", "'")
                    + "</rdf:li></rdf:Bag></dc:publisher>"), xmp);
        }
    }

    private static void html(Path theme) throws Exception {
        HouseStyle style = Themed.style(theme);
        Document page = Jsoup.parse(Themed.sample(theme, RenderOptions.defaults()).html());
        Element publisher = page.selectFirst("header.title-block > p.publisher");
        assertTrue(publisher != null && publisher.nextElementSibling().is("h1#title"), "the publisher line opens the title block");
        Element logo = publisher.selectFirst("img");
        assertEquals(style.logo().decorative() ? "" : style.logo().alt(), logo.attr("alt"));
        assertTrue(logo.attr("src").startsWith("data:image/png;base64,"), "the logo is embedded");
        assertEquals(style.name(), publisher.text());
        assertEquals(style.footer(), page.selectFirst("footer > p.house-footer").text());
        assertEquals(style.name(), page.selectFirst("meta[name=dcterms.publisher]").attr("content"));
        assertEquals(2, page.select("head > style").size(), "the page's style sheet and the house style's");
    }
}
