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

    /**
     * {@code ../shared/...}, found by walking up from the working directory, else from the repository
     * this one was cloned from (a fresh clone in another folder, such as /tmp, still finds it).
     */
    public static Path shared(String relative) {
        for (Path start : new Path[] {Path.of("").toAbsolutePath(), origin()}) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared").resolve(relative);
                if (Files.exists(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("shared/" + relative + " not found beside the repository or the one it was cloned from");
    }

    /** The folder of the local repository this clone came from, or null. */
    private static Path origin() {
        try {
            Process git = new ProcessBuilder("git", "config", "--get", "remote.origin.url").redirectErrorStream(true).start();
            String url = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (git.waitFor() != 0 || url.isEmpty() || url.contains("://") || url.contains("@")) {
                return null;
            }
            Path path = Path.of(url.startsWith("file:") ? url.substring(5) : url).toAbsolutePath();
            return Files.isDirectory(path) ? path : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
