package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The directive, in JVMs of its own (it holds for the whole process): with the module opened as the jar's manifest
 * opens it, the JVM takes it and a hot method is then compiled by C1 alone, at its fully optimized level 1 and never
 * at C2's level 4; without it, the JVM's usual compilers stay.
 */
class QuickCompilerTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /**
     * {@code -XX:+PrintCompilation}'s line for a compilation of {@link #hot}: time, task number, flags, then the level.
     * (Its line for the excluded C2 task says "made not compilable on level 4", without time and number.)
     */
    private static final Pattern HOT =
            Pattern.compile("(?m)^\\s*\\d+\\s+\\d+\\s+[%sbn!]*\\s*(\\d)\\s+org\\.handout\\.cli\\.QuickCompilerTest::hot \\(");

    @Test
    void withTheJarsOpenedModuleAHotMethodStopsAtC1() throws Exception {
        String output = child("--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED");
        assertTrue(output.contains("installed: true"), output);
        List<String> levels = levels(output);
        assertTrue(levels.contains("1"), "compiled by C1 at level 1: " + levels);
        assertFalse(levels.contains("4"), "never by C2: " + levels);
    }

    @Test
    void withoutItTheJvmKeepsC2() throws Exception {
        String output = child();
        assertTrue(output.contains("installed: false"), output);
        assertTrue(levels(output).contains("4"), "compiled by C2: " + levels(output));
    }

    private static List<String> levels(String output) {
        List<String> levels = new ArrayList<>();
        for (Matcher m = HOT.matcher(output); m.find(); ) {
            levels.add(m.group(1));
        }
        return levels;
    }

    private static String child(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:+PrintCompilation", "-Xbatch"));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuickCompilerTest.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The child: installs the directive, then runs a method hot enough for C2. */
    public static void main(String[] args) {
        System.out.println("installed: " + QuickCompiler.install());
        long sum = 0;
        for (int i = 0; i < 200_000; i++) {
            sum += hot(i);
        }
        System.out.println("sum " + sum);
    }

    private static int hot(int i) {
        return Integer.bitCount(i * 31 + 7) + (i & 3);
    }
}
