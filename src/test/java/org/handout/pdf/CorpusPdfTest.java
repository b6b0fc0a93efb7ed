package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.handout.Corpus;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every CommonMark and GFM spec example, each rendered as its own document, and every real-world
 * README renders to a PDF that conforms to PDF/UA-1 and PDF/A-2a. Keep-going is on: the corpus
 * names images that are not here and characters (emoji) that no shipped font has.
 */
class CorpusPdfTest {
    private static final Renderer RENDERER = new Renderer(RenderOptions.defaults().withKeepGoing(true));

    @TestFactory
    Stream<DynamicTest> specExamples() {
        return Stream.concat(Corpus.commonMark().stream(), Corpus.gfm().stream())
                .map(example -> DynamicTest.dynamicTest(example.name(), () -> check(example.source() + "-" + example.number()
                        + ".md", example.markdown().getBytes(StandardCharsets.UTF_8), Path.of("."))));
    }

    @TestFactory
    Stream<DynamicTest> realReadmes() {
        return Corpus.realFiles().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> check(file.toString(), Files.readAllBytes(file), file.getParent())));
    }

    private static void check(String name, byte[] markdown, Path folder) throws Exception {
        byte[] pdf = RENDERER.render(name, markdown, folder).pdf();
        assertNotNull(pdf);
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a failures");
    }
}
