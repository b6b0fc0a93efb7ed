package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in whole processes, as a user runs it: a render runs in a second JVM started with C1 alone and
 * the serial collector (and huge pages where the kernel gives them on request), which writes what a render in one JVM writes, speaks through
 * the first one's streams and exit code, and ends with it.
 */
class RelaunchTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path SAMPLE = Path.of("fixtures/magnesium-treatment-for-depression.md");

    @TempDir
    Path dir;

    /** {@code -XX:+PrintCommandLineFlags} makes each JVM print its options on a line of its own. */
    private Process java(List<String> options, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:+PrintCommandLineFlags"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.handout.cli.Main"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private List<String> flagLines() throws IOException {
        return Files.readAllLines(dir.resolve("stdout.txt")).stream().filter(l -> l.startsWith("-XX:")).toList();
    }

    private static int exit(Process process) throws InterruptedException {
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return process.exitValue();
    }

    @Test
    void aRenderRunsInASecondJvmWithC1AloneAndWritesWhatOneJvmWrites() throws Exception {
        Path relaunched = dir.resolve("relaunched");
        assertEquals(0, exit(java(List.of(), SAMPLE.toString(), "-o", relaunched.toString(), "-q")),
                () -> read("stderr.txt"));
        List<String> flags = flagLines();
        assertEquals(2, flags.size(), "two JVMs: " + flags);
        assertFalse(flags.get(0).contains("TieredStopAtLevel"), flags.get(0));
        assertTrue(flags.get(1).contains("-XX:TieredStopAtLevel=1"), flags.get(1));
        assertEquals(Runtime.getRuntime().availableProcessors() <= 2, flags.get(1).contains("-XX:CICompilerCount=1 "),
                flags.get(1));
        assertFalse(flags.get(0).contains("-XX:+UseSerialGC"), flags.get(0));
        assertTrue(flags.get(1).contains("-XX:+UseSerialGC"), flags.get(1));
        assertEquals(hugePagesOnRequest(), flags.get(1).contains("-XX:+UseTransparentHugePages"), flags.get(1));

        Path here = dir.resolve("here");
        assertEquals(0, exit(java(List.of("-Dorg.handout.relaunch=off"), SAMPLE.toString(), "-o", here.toString(), "-q")));
        assertEquals(1, flagLines().size(), "one JVM: " + flagLines());
        for (String name : List.of("magnesium-treatment-for-depression.pdf", "magnesium-treatment-for-depression.html")) {
            assertArrayEquals(Files.readAllBytes(here.resolve(name)), Files.readAllBytes(relaunched.resolve(name)), name);
        }
    }

    @Test
    void theCompilerPropertyKeepsTheJvmsCompilers() throws Exception {
        assertEquals(0, exit(java(List.of("-Dorg.handout.compiler=default"), SAMPLE.toString(), "-o", dir.toString(), "-q")));
        List<String> flags = flagLines();
        assertEquals(2, flags.size(), "two JVMs: " + flags);
        assertFalse(flags.get(1).contains("TieredStopAtLevel"), flags.get(1));
    }

    /**
     * The first JVM only starts the second: it loads no library class, so it never opens the jar of libraries
     * (renderer-all.jar, whose central directory alone took about 15 ms to read when a commons-logging class was
     * loaded there by mistake).
     */
    @Test
    void theFirstJvmLoadsNoLibraryClass() throws Exception {
        Process render = java(List.of("-Xlog:class+load=info:file=" + dir.resolve("classes-%p.txt")), SAMPLE.toString(),
                "-o", dir.toString(), "-q");
        assertEquals(0, exit(render), () -> read("stderr.txt"));
        List<String> first = Files.readAllLines(dir.resolve("classes-" + render.pid() + ".txt"));
        assertTrue(first.stream().anyMatch(l -> l.contains(" org.handout.cli.Relaunch ")), "the first JVM's log");
        assertEquals(List.of(), first.stream().filter(l -> l.contains("source: file:") && !l.contains(" org.handout."))
                .toList());
    }

    @Test
    void aCollectorTheUserChoseIsKept() throws Exception {
        assertEquals(0, exit(java(List.of("-XX:+UseParallelGC"), SAMPLE.toString(), "-o", dir.toString(), "-q")),
                () -> read("stderr.txt"));
        List<String> flags = flagLines();
        assertEquals(2, flags.size(), "two JVMs: " + flags);
        assertTrue(flags.get(1).contains("-XX:+UseParallelGC") && !flags.get(1).contains("SerialGC"), flags.get(1));
    }

    @Test
    void theSecondJvmsMessagesAndExitCodeAreTheCommandsOnce() throws Exception {
        Path missing = dir.resolve("missing.md");
        assertEquals(1, exit(java(List.of(), SAMPLE.toString(), missing.toString(), "-o", dir.resolve("out").toString(), "-q")));
        assertEquals(2, flagLines().size(), "two JVMs: " + flagLines());
        assertEquals(missing + ": error: no such file or folder\n", read("stderr.txt"));
        assertTrue(Files.isRegularFile(dir.resolve("out/magnesium-treatment-for-depression.pdf")));
    }

    @Test
    void aUsageErrorIsAnsweredWithoutASecondJvm() throws Exception {
        assertEquals(2, exit(java(List.of(), SAMPLE.toString(), "--page-size")));
        assertEquals(1, flagLines().size(), "one JVM: " + flagLines());
        assertTrue(read("stderr.txt").startsWith("renderer: "), read("stderr.txt"));
    }

    @Test
    void endingTheFirstJvmEndsTheSecond() throws Exception {
        // The interpreter alone (passed on to the second JVM) makes a batch of every fixture take a minute or more.
        Process first = java(List.of("-Xint"), "fixtures", "-o", dir.resolve("out").toString(), "-q");
        ProcessHandle second = null;
        for (int i = 0; i < 600 && second == null; i++) {
            second = first.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElse(null);
            Thread.sleep(100);
        }
        assertTrue(second != null && second.isAlive(), "the second JVM started");
        first.destroy();
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertTrue(second.onExit().get(60, TimeUnit.SECONDS) != null && !second.isAlive(), "the second JVM ended");
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hugePagesOnRequest() throws IOException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.exists(setting) && Files.readString(setting).contains("[madvise]");
    }
}
