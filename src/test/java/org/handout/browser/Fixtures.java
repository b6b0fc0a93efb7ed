package org.handout.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;

/** The fixture sources, rendered to HTML through the whole pipeline. */
public final class Fixtures {
    private static final Path FOLDER = Path.of("fixtures");

    private Fixtures() {}

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String html(Path source) throws IOException, RenderFailure {
        return new Renderer(RenderOptions.defaults())
                .render(source.getFileName().toString(), Files.readAllBytes(source), source.toAbsolutePath().getParent())
                .html();
    }
}
