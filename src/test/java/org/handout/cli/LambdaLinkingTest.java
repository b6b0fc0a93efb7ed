package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold render links none of our lambdas or method references. The first run of each such call site costs the
 * render thread its linking (a bootstrap method, method handles, and C1 work in {@code java.lang.invoke}): the 60
 * that the sample handout's render linked took about 20 ms of its second JVM's 300 (issue 20, the round's eighth
 * part). Each handout below renders in a JVM of its own, as the command line renders one; together they cover
 * headings, lists, tables, footnotes, free-text references cited by number, authors, accented and world scripts and
 * right-to-left text. Left out: citation styles (the CSL engine links far more lambdas of its own), sanitized HTML,
 * and a house style, whose contrast checks read each colour role through a method reference, once per process.
 */
class LambdaLinkingTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Pattern OUR_LAMBDA = Pattern.compile(" org\\.handout\\.\\S*\\$\\$Lambda");
    private static final List<String> HANDOUTS = List.of("magnesium-treatment-for-depression.md",
            "evidence-summary.md", "footnotes.md", "nested-lists.md", "tables.md", "lab-results.md", "spanish.md",
            "arabic-hebrew.md", "udhr-ja.md");

    @TempDir
    Path dir;

    @Test
    void aHandoutsRenderLinksNoLambdaOfOurs() throws Exception {
        List<String> linked = new ArrayList<>();
        for (String handout : HANDOUTS) {
            Path classes = dir.resolve(handout + ".classes.txt");
            List<String> command = List.of(JAVA, "-Xlog:class+load=info:file=" + classes,
                    "-Dorg.handout.relaunch=off", "-cp", System.getProperty("java.class.path"), "org.handout.cli.Main",
                    "fixtures/" + handout, "-o", dir.toString(), "-q");
            Process render = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.txt").toFile()).start();
            assertTrue(render.waitFor(120, TimeUnit.SECONDS), handout);
            assertEquals(0, render.exitValue(), () -> handout + ": " + read(dir.resolve("output.txt")));
            List<String> loaded = Files.readAllLines(classes);
            assertTrue(loaded.stream().anyMatch(l -> l.contains(" org.handout.render.Renderer ")), "the log lists classes");
            assertTrue(loaded.stream().anyMatch(l -> l.contains("$$Lambda")), "the JDK's own lambdas are listed");
            loaded.stream().map(OUR_LAMBDA::matcher).filter(Matcher::find).map(m -> handout + ":" + m.group())
                    .forEach(linked::add);
        }
        assertEquals(List.of(), linked);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
