package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.handout.diagnostics.RenderFailure;
import org.handout.pdf.VeraPdf;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The whole pipeline over arbitrary bytes: a render either fails with diagnostics or gives both
 * outputs, and every PDF conforms to PDF/UA-1 and PDF/A-2a. Any other exception is a bug. In a
 * normal build only the seeds in FuzzPipelineTestInputs run; see README "Robustness" to fuzz.
 */
class FuzzPipelineTest {
    private static final Renderer RENDERER = new Renderer(RenderOptions.defaults().withKeepGoing(true));

    @FuzzTest(maxDuration = "10m")
    void fuzzPipeline(byte[] source) throws Exception {
        Renderer.Result result;
        try {
            result = RENDERER.render("fuzz.md", source, Path.of("fixtures"));
        } catch (RenderFailure expected) {
            return;
        }
        assertNotNull(result.html());
        assertEquals(List.of(), VeraPdf.failures(result.pdf(), PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
        assertEquals(List.of(), VeraPdf.failures(result.pdf(), PDFAFlavour.PDFA_2_A), "PDF/A-2a failures");
    }
}
