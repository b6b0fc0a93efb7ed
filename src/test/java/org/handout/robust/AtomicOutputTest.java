package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed render never leaves a partial file and never harms an earlier output of the same name. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private final Renderer renderer = new Renderer(RenderOptions.defaults());

    @Test
    void failingRenderLeavesEarlierOutputsByteIdentical() throws Exception {
        Path source = dir.resolve("handout.md");
        Path out = dir.resolve("out");
        Files.writeString(source, Pipeline.FRONT + "Wash for 20 seconds.\n");
        renderer.renderFile(source, out);
        byte[] pdf = Files.readAllBytes(out.resolve("handout.pdf"));
        byte[] html = Files.readAllBytes(out.resolve("handout.html"));

        Files.writeString(source, Pipeline.FRONT + "![gone](missing.png)\n");
        assertThrows(RenderFailure.class, () -> renderer.renderFile(source, out));

        assertArrayEquals(pdf, Files.readAllBytes(out.resolve("handout.pdf")));
        assertArrayEquals(html, Files.readAllBytes(out.resolve("handout.html")));
        assertEquals(List.of("handout.html", "handout.pdf"), names(out));
    }

    @Test
    void failedMoveLeavesNoPartFileAndTheBlockingFolderAlone() throws Exception {
        Path source = dir.resolve("handout.md");
        Path out = dir.resolve("out");
        Files.writeString(source, Pipeline.FRONT + "Wash for 20 seconds.\n");
        Path blocker = Files.createDirectories(out.resolve("handout.html"));
        Files.writeString(blocker.resolve("keep.txt"), "mine");

        assertThrows(IOException.class, () -> renderer.renderFile(source, out));

        assertEquals(List.of("handout.html", "handout.pdf"), names(out));
        assertEquals("mine", Files.readString(blocker.resolve("keep.txt")));
        assertTrue(Pipeline.pdfText(Files.readAllBytes(out.resolve("handout.pdf"))).contains("Wash for 20 seconds"),
                "the output that was moved is whole");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
