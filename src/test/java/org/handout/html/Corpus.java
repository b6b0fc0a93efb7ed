package org.handout.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;

/** The shared spec corpus: {@code shared/corpus} next to the repository, found by walking up. */
final class Corpus {
    private Corpus() {}

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/corpus folder above " + Path.of("").toAbsolutePath());
    }

    /** The examples of one spec file, each with markdown, html, section and example number. */
    static List<Map<String, Object>> examples(String file) throws IOException {
        return new Json().toType(Files.readString(root().resolve(file)), Json.LIST_OF_MAPS_TYPE);
    }
}
