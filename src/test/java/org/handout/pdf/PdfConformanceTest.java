package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.handout.Fixtures;
import org.handout.Themed;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every fixture's PDF conforms to PDF/UA-1 and PDF/A-2a at once, with zero failed rules. */
class PdfConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureIsPdfUaAndPdfA() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] pdf = render(fixture);
            assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
            assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a failures");
        }));
    }

    /**
     * The sample in each example house style, in normal and in large print, and as PDF/UA-2 with PDF/A-4f (archival,
     * as {@code ArchivalTest} renders it: PDF/A-4f requires embedded files).
     */
    @TestFactory
    Stream<DynamicTest> everyExampleThemeIsPdfUaAndPdfA() {
        return Fixtures.themes().flatMap(theme -> Stream.of(
                DynamicTest.dynamicTest(Themed.name(theme), () -> {
                    byte[] pdf = Themed.sample(theme, RenderOptions.defaults()).pdf();
                    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
                    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a failures");
                }),
                DynamicTest.dynamicTest(Themed.name(theme) + ", large print", () -> {
                    RenderOptions large = RenderOptions.defaults().withPdf(
                            new PdfOptions(null, true, null, Conformance.UA1_A2A, false));
                    byte[] pdf = Themed.sample(theme, large).pdf();
                    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
                    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a failures");
                }),
                DynamicTest.dynamicTest(Themed.name(theme) + ", PDF/UA-2", () -> {
                    RenderOptions ua2 = RenderOptions.defaults().withPdf(
                            new PdfOptions(null, false, null, Conformance.UA2_A4F, true));
                    byte[] pdf = Themed.sample(theme, ua2).pdf();
                    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_2), "PDF/UA-2 failures");
                    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_4_F), "PDF/A-4f failures");
                })));
    }

    /** Guards the guard: a plain PDFBox page with no tags must fail both standards. */
    @Test
    void validatorRejectsAnUntaggedPdf() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plain.save(out);
            assertFalse(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
            assertFalse(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFA_2_A).isEmpty());
        }
    }

    static byte[] render(Path fixture) throws Exception {
        Renderer renderer = new Renderer(RenderOptions.defaults());
        return renderer.render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent()).pdf();
    }
}
