package org.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixtures in {@code fixtures/} and the shared corpus beside the repository. */
public final class Fixtures {
    private Fixtures() {}

    public static Stream<Path> all() {
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample handout, which the example themes are shown with. */
    public static final Path SAMPLE = Path.of("fixtures", "magnesium-treatment-for-depression.md");

    /** The example house styles: {@code fixtures/themes/NAME/theme.yaml}. */
    public static Stream<Path> themes() {
        try (Stream<Path> folders = Files.list(Path.of("fixtures", "themes"))) {
            return folders.map(f -> f.resolve("theme.yaml")).filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared/...}, found by walking up from the working directory. */
    public static Path shared(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/" + relative + " not found beside the repository");
    }
}
