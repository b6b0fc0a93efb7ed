package org.handout.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;

/** A fixture source rendered to its HTML page through the whole pipeline. */
public final class Pages {
    private Pages() {}

    public static String html(Path source) throws IOException, RenderFailure {
        return new Renderer(RenderOptions.defaults())
                .render(source.getFileName().toString(), Files.readAllBytes(source), source.toAbsolutePath().getParent())
                .html();
    }
}
