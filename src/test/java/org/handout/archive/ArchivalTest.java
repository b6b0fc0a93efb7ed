package org.handout.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.handout.Fixtures;
import org.handout.pdf.tagged.Conformance;
import org.handout.pdf.VeraPdf;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Archival PDF/A-3a with the source inside, and PDF 2.0 with PDF/UA-2 and PDF/A-4 (PDF/A-4f when archival). */
class ArchivalTest {

    static Renderer.Result render(Path fixture, Conformance conformance) throws Exception {
        return render(fixture, conformance, true);
    }

    static Renderer.Result render(Path fixture, Conformance conformance, boolean archival) throws Exception {
        RenderOptions options = RenderOptions.defaults()
                .withPdf(RenderOptions.defaults().pdf().withConformance(conformance, archival));
        return new Renderer(options).render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
    }

    @TestFactory
    Stream<DynamicTest> archivalIsPdfUa1AndPdfA3a() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] pdf = render(fixture, Conformance.UA1_A3A).pdf();
            assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
            assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_A), "PDF/A-3a failures");
        }));
    }

    /**
     * {@code --pdf-ua 2} claims PDF/A-4, and PDF/A-4f (which requires an embedded file) only with
     * {@code --archival}; the file passes PDF/UA-2 and exactly the parts its metadata claims.
     */
    @TestFactory
    Stream<DynamicTest> pdf2IsPdfUa2AndThePdfAPartItClaims() {
        return Fixtures.all().flatMap(fixture -> Stream.of(false, true).map(archival -> DynamicTest.dynamicTest(
                fixture.getFileName() + (archival ? " --archival" : ""), () -> {
                    byte[] pdf = render(fixture, Conformance.of(archival, 2), archival).pdf();
                    Set<PDFAFlavour> claimed = VeraPdf.claimedFlavours(pdf);
                    assertEquals(Set.of(PDFAFlavour.PDFUA_2, archival ? PDFAFlavour.PDFA_4_F : PDFAFlavour.PDFA_4), claimed);
                    for (PDFAFlavour flavour : claimed) {
                        assertEquals(List.of(), VeraPdf.failures(pdf, flavour), flavour + " failures");
                    }
                })));
    }

    @Test
    void theReferencesTravelAsCslJson() throws Exception {
        byte[] pdf = render(Path.of("fixtures", "magnesium-treatment-for-depression.md"), Conformance.UA1_A3A).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification references = document.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames().get("references.json");
            assertEquals("Data", references.getCOSObject().getNameAsString("AFRelationship"));
            JsonNode items = new ObjectMapper().readTree(references.getEmbeddedFile().toByteArray());
            assertEquals(1, items.size());
            assertEquals("10.1111/nyas.12223", items.get(0).get("DOI").asText());
            assertEquals("article-journal", items.get(0).get("type").asText());
        }
    }

    /**
     * The document's associated files (/AF) are the source, then its images in the order the source first shows
     * them: the same in every JVM (an unordered map once gave each JVM its own order).
     */
    @Test
    void imagesAreAttachedInReadingOrder() throws Exception {
        Path fixture = Path.of("fixtures", "images.md");
        String source = Files.readString(fixture);
        byte[] pdf = render(fixture, Conformance.UA1_A3A).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.cos.COSArray associated = document.getDocumentCatalog().getCOSObject()
                    .getCOSArray(org.apache.pdfbox.cos.COSName.AF);
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < associated.size(); i++) {
                names.add(((org.apache.pdfbox.cos.COSDictionary) associated.getObject(i)).getString(
                        org.apache.pdfbox.cos.COSName.UF));
            }
            List<String> images = names.subList(1, names.size());
            assertEquals("images.md", names.get(0));
            assertTrue(images.size() >= 2, "images attached: " + images);
            assertEquals(images.stream().sorted(java.util.Comparator.comparingInt(n -> source.indexOf("](" + n))).toList(),
                    images);
        }
    }

    @TestFactory
    Stream<DynamicTest> theEmbeddedSourceIsTheInputByteForByte() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] pdf = render(fixture, Conformance.UA1_A3A).pdf();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                Map<String, PDComplexFileSpecification> files = document.getDocumentCatalog().getNames()
                        .getEmbeddedFiles().getNames();
                PDComplexFileSpecification source = files.get(fixture.getFileName().toString());
                assertEquals("Source", source.getCOSObject().getNameAsString("AFRelationship"));
                assertEquals("text/markdown", source.getEmbeddedFile().getSubtype());
                assertArrayEquals(Files.readAllBytes(fixture), source.getEmbeddedFile().toByteArray());
                assertTrue(document.getDocumentCatalog().getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.AF).size()
                        >= 1, "listed as an associated file of the document");
            }
        }));
    }
}
