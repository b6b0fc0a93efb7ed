package org.handout.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's documents, made from the sample handout so that nothing large is committed:
 * "sample" is the fixture itself, "sectionsN" repeats its body N times, each copy under its own
 * level-2 heading (about one page per section).
 */
public final class Handouts {
    public static final Path SAMPLE = Path.of("fixtures", "magnesium-treatment-for-depression.md");

    private Handouts() {}

    /** Writes the documents and a folder of 1,000 handouts into {@code args[0]}, for the shell scripts. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (String name : new String[] {"sample", "sections60", "sections600"}) {
            Files.writeString(dir.resolve(name + ".md"), markdown(name));
        }
        writeFolder(dir.resolve("batch"), 1000);
    }

    public static String markdown(String name) {
        String sample = read(SAMPLE);
        if (name.equals("sample")) {
            return sample;
        }
        if (!name.startsWith("sections")) {
            throw new IllegalArgumentException("unknown document " + name);
        }
        int sections = Integer.parseInt(name.substring("sections".length()));
        int bodyStart = sample.indexOf("\n---\n", 4) + 5;
        // The copies' own headings go one level down, below the section heading that numbers them.
        String body = sample.substring(bodyStart).replace("\n## ", "\n### ");
        StringBuilder out = new StringBuilder(sample.length() * sections + 64);
        out.append(sample, 0, bodyStart);
        for (int i = 1; i <= sections; i++) {
            out.append("\n## Section ").append(i).append("\n\n").append(body);
        }
        return out.toString();
    }

    public static byte[] bytes(String name) {
        return markdown(name).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code count} copies of the sample, each with its own title, into {@code dir}. */
    public static void writeFolder(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        String sample = read(SAMPLE);
        for (int i = 0; i < count; i++) {
            String text = sample.replaceFirst("title: (.*)", "title: $1 " + i);
            Files.writeString(dir.resolve(String.format("handout-%04d.md", i)), text);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the repository's top folder", e);
        }
    }
}
