package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.handout.Corpus;
import org.handout.Fixtures;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.Format;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link PageChecks} over every page of every fixture (in normal and in large print, which moves
 * every page break), of every real-world document in the shared corpus, and of every CommonMark and
 * GFM spec example: no heading ends a page apart from its content, no text outside the margins, no
 * text drawn over other text.
 */
class PageStructureTest {
    private static final RenderOptions PDF_ONLY = RenderOptions.defaults().withFormats(java.util.Set.of(Format.PDF))
            .withKeepGoing(true);
    private static final Renderer NORMAL = new Renderer(PDF_ONLY);
    private static final Renderer LARGE = new Renderer(PDF_ONLY.withPdf(new PdfOptions(null, true, null, Conformance.UA1_A2A, false)));

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return Fixtures.all().flatMap(fixture -> Stream.of(
                DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> check(NORMAL, fixture)),
                DynamicTest.dynamicTest(fixture.getFileName() + " in large print", () -> check(LARGE, fixture))));
    }

    @TestFactory
    Stream<DynamicTest> realDocuments() {
        return Corpus.realFiles().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(NORMAL, file)));
    }

    @TestFactory
    Stream<DynamicTest> specExamples() {
        return Stream.concat(Corpus.commonMark().stream(), Corpus.gfm().stream())
                .map(example -> DynamicTest.dynamicTest(example.name(), () -> assertKeepsTheRules(NORMAL.render(
                        example.source() + "-" + example.number() + ".md",
                        example.markdown().getBytes(StandardCharsets.UTF_8), Path.of(".")).pdf())));
    }

    /**
     * The checks must be able to fail: a tagged PDF made with PDFBox alone, with a heading at the
     * foot of page 1 whose paragraph is on page 2, a word past the right margin, two words drawn at
     * the same place, and a last page with nothing but a footer.
     */
    @Test
    void checksCatchBrokenPages() throws Exception {
        List<String> problems = PageChecks.problems(brokenPdf());
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("page 1 ends with the heading 'Stranded heading'"), problems::toString);
        assertTrue(problems.get(1).startsWith("page 1: 'Too far right' (P) lies outside the margins"), problems::toString);
        assertTrue(problems.get(2).startsWith("page 1: 'Drawn twice' (P)") && problems.get(2).contains("overlaps 'Drawn twice' (P)"),
                problems::toString);
        assertEquals("page 3 has nothing on it but artifacts", problems.get(3));
    }

    private static byte[] brokenPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(root);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            PDPage third = new PDPage(PDRectangle.A4);
            document.addPage(first);
            document.addPage(second);
            document.addPage(third);
            float right = PDRectangle.A4.getWidth() - PageChecks.MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                tagged(content, root, first, font, "H2", 0, "Stranded heading", PageChecks.MARGIN, 90);
                tagged(content, root, first, font, "P", 1, "Too far right", right - 40, 400);
                tagged(content, root, first, font, "P", 2, "Drawn twice", PageChecks.MARGIN, 300);
                tagged(content, root, first, font, "P", 3, "Drawn twice", PageChecks.MARGIN, 300);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, second)) {
                tagged(content, root, second, font, "P", 0, "What the heading heads.", PageChecks.MARGIN, 700);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, third)) {
                content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(new COSDictionary()));
                content.beginText();
                content.setFont(font, 9);
                content.newLineAtOffset(PageChecks.MARGIN, PageChecks.MARGIN + 20);
                content.showText("Page 3 of 3");
                content.endText();
                content.endMarkedContent();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void tagged(PDPageContentStream content, PDStructureTreeRoot root, PDPage page, PDType1Font font,
            String type, int mcid, String text, float x, float y) throws Exception {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        content.endMarkedContent();
        PDStructureElement element = new PDStructureElement(type, root);
        element.setPage(page);
        element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
        root.appendKid(element);
    }

    private static void check(Renderer renderer, Path source) throws Exception {
        assertKeepsTheRules(renderer.render(source.toString(), Files.readAllBytes(source), source.getParent()).pdf());
    }

    private static void assertKeepsTheRules(byte[] pdf) throws Exception {
        assertEquals(List.of(), PageChecks.problems(pdf));
    }
}
