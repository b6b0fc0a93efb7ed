package org.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.handout.theme.HouseStyle;
import org.handout.theme.ThemeFile;

/** The sample handout rendered in an example house style, as {@code --theme} renders it. */
public final class Themed {
    private Themed() {}

    public static HouseStyle style(Path theme) {
        Diagnostics diagnostics = new Diagnostics(theme.toString());
        HouseStyle style = ThemeFile.read(theme, diagnostics);
        if (style == null) {
            throw new IllegalStateException("example theme refused: " + diagnostics.all());
        }
        return style;
    }

    public static Renderer.Result sample(Path theme, RenderOptions options) throws IOException, RenderFailure {
        return new Renderer(options.withTheme(style(theme), true)).render(Fixtures.SAMPLE.toString(),
                Files.readAllBytes(Fixtures.SAMPLE), Fixtures.SAMPLE.toAbsolutePath().getParent());
    }

    /** A name for a dynamic test: the theme's folder. */
    public static String name(Path theme) {
        return theme.getParent().getFileName().toString();
    }
}
