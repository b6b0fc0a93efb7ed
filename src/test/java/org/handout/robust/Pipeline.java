package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;

/** Renders Markdown held in a test and reads back what came out. */
final class Pipeline {
    static final String FRONT = "---\ntitle: Test handout\nlang: en\n---\n";

    private Pipeline() {}

    static Renderer.Result render(String markdown) throws RenderFailure {
        return render(RenderOptions.defaults(), markdown);
    }

    static Renderer.Result render(RenderOptions options, String markdown) throws RenderFailure {
        return new Renderer(options).render("test.md", markdown.getBytes(StandardCharsets.UTF_8), Path.of("."));
    }

    static RenderFailure failure(String markdown) {
        return assertThrows(RenderFailure.class, () -> render(markdown));
    }

    static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    static boolean mentions(List<Diagnostic> diagnostics, String fragment) {
        return diagnostics.stream().anyMatch(d -> d.message().contains(fragment));
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
