package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.RenderFailure;
import org.handout.diagnostics.Severity;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;

/** The bytes of a source: strict UTF-8, an optional BOM, NUL and an empty body. */
class SourceInputTest {

    @Test
    void invalidUtf8NamesFileLineAndColumn() {
        byte[] bytes = (Pipeline.FRONT + "# Hi\nab\u00e9c").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xC3;
        bytes[bytes.length - 2] = (byte) 0x28;
        RenderFailure failure = org.junit.jupiter.api.Assertions.assertThrows(RenderFailure.class,
                () -> new Renderer(RenderOptions.defaults()).render("bad.md", bytes, Path.of(".")));
        Diagnostic d = failure.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("bad.md:6:3: error: invalid UTF-8 byte 0xC3: the source must be UTF-8", d.format());
    }

    @Test
    void latin1FileIsRefusedNotGuessed() {
        byte[] latin1 = (Pipeline.FRONT + "Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        RenderFailure failure = org.junit.jupiter.api.Assertions.assertThrows(RenderFailure.class,
                () -> new Renderer(RenderOptions.defaults()).render("l1.md", latin1, Path.of(".")));
        assertEquals("l1.md:5:4: error: invalid UTF-8 byte 0xE9: the source must be UTF-8",
                failure.diagnostics().get(0).format());
    }

    @Test
    void byteOrderMarkIsAcceptedAndFrontMatterStillFound() throws Exception {
        byte[] body = (Pipeline.FRONT + "Body text.\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Renderer.Result result = new Renderer(RenderOptions.defaults()).render("bom.md", bytes, Path.of("."));
        assertEquals("Test handout", result.document().meta().title());
        assertEquals(java.util.List.of(), result.diagnostics());
    }

    @Test
    void nulBecomesReplacementCharacterWithWarning() throws Exception {
        Renderer.Result result = Pipeline.render(Pipeline.FRONT + "Soap\u0000and water.\n");
        assertTrue(Pipeline.messages(result.diagnostics()).contains(
                "test.md:5:5: warning: NUL character is shown as U+FFFD (the replacement character);"
                        + " is this a text file in UTF-8?"), () -> result.diagnostics().toString());
        assertTrue(result.html().contains("Soap\uFFFDand water."));
        assertTrue(!result.html().contains("\u0000"));
    }

    @Test
    void emptyBodyStillRendersTitleAndDisclaimerWithWarning() throws Exception {
        Renderer.Result result = Pipeline.render(Pipeline.FRONT);
        assertTrue(Pipeline.mentions(result.diagnostics(), "the document has no body"));
        String text = Pipeline.pdfText(result.pdf());
        assertTrue(text.contains("Test handout"), text);
        assertTrue(text.contains("not medical advice"), text);
        assertTrue(result.html().contains("Test handout"));
        assertTrue(result.html().contains("not medical advice"));
    }
}
