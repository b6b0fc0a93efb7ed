package org.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The CommonMark and GFM spec examples and the real-world READMEs in {@code ../shared/corpus}. */
public final class Corpus {
    /** One spec example: where it comes from, its Markdown and the reference HTML. */
    public record Example(String source, int number, String section, String markdown, String html) {
        public String name() {
            return source + " #" + number + " (" + section + ")";
        }
    }

    private Corpus() {}

    public static List<Example> commonMark() {
        return examples("commonmark/spec.json", "spec");
    }

    public static List<Example> gfm() {
        List<Example> all = new ArrayList<>(examples("gfm/extensions.json", "gfm-extensions"));
        all.addAll(examples("gfm/gfm-spec-extensions.json", "gfm-spec"));
        return all;
    }

    public static Stream<Path> realFiles() {
        try (Stream<Path> files = Files.list(Fixtures.shared("corpus/real"))) {
            return files.filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Example> examples(String file, String source) {
        try {
            JsonNode root = new ObjectMapper().readTree(Fixtures.shared("corpus/" + file).toFile());
            List<Example> out = new ArrayList<>();
            for (JsonNode e : root) {
                out.add(new Example(source, e.get("example").asInt(), e.get("section").asText(),
                        e.get("markdown").asText(), e.get("html").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
