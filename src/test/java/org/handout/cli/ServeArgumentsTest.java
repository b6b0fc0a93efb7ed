package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.handout.server.ServerSettings;
import org.junit.jupiter.api.Test;

/** {@code renderer serve} on the public command line: its options, its usage errors (exit 2, one line), its help. */
class ServeArgumentsTest {
    private static void assertUsageError(String message, String... args) {
        CommandLine run = CommandLine.run(args);
        assertEquals(2, run.code());
        assertEquals(message, run.err().lines().findFirst().orElse(""), run.err());
        assertTrue(run.err().lines().count() <= 2, run.err());
        assertEquals("", run.out());
    }

    @Test
    void serveTakesItsOwnOptionsAndTheRenderDefaults() {
        Arguments a = ArgumentParser.parse(new String[] {"serve", "--host", "::1", "--port=9090", "--token", "t",
                "--renders", "3", "--queue-wait", "0", "--render-timeout", "5", "--max-request-bytes", "1000",
                "--lang", "fr", "--page-size", "a4", "--strict", "--max-input-bytes", "500"});
        assertTrue(a.serve);
        assertEquals("::1", a.host);
        assertEquals(9090, a.port);
        assertEquals("t", a.token);
        assertEquals(3, a.renders);
        assertEquals(0, a.queueWait);
        assertEquals(5, a.renderTimeout);
        assertEquals(1000, a.maxRequestBytes);
        assertEquals("fr", a.lang);
        assertTrue(a.strict);
        assertEquals(500, a.maxInputBytes);
    }

    @Test
    void serveDefaultsAreTheDocumentedOnes() {
        Arguments a = ArgumentParser.parse(new String[] {"serve"});
        assertEquals("127.0.0.1", a.host);
        assertEquals(8080, a.port);
        assertEquals(null, a.token);
        assertEquals(Runtime.getRuntime().availableProcessors(), a.renders);
        assertEquals(ServerSettings.DEFAULT_QUEUE_WAIT_SECONDS, a.queueWait);
        assertEquals(30, a.renderTimeout);
        assertEquals(32L << 20, a.maxRequestBytes);
        assertTrue(a.inputs.isEmpty() && a.output == null);
    }

    @Test
    void renderOnlyOptionsAndInputsAreUsageErrorsWithServe() {
        assertUsageError("renderer: serve takes no INPUT: 'a.md'; sources come over HTTP", "serve", "a.md");
        assertUsageError("renderer: option '-o' does not apply to serve", "serve", "-o", "out");
        assertUsageError("renderer: option '--format' does not apply to serve", "serve", "--format=pdf");
        assertUsageError("renderer: option '--resource-root' does not apply to serve", "serve", "--resource-root", "x");
        assertUsageError("renderer: option '--archival' does not apply to serve", "serve", "--archival");
    }

    @Test
    void serveOptionsAreUsageErrorsWithoutServe() {
        assertUsageError("renderer: option '--port' applies only to serve: renderer serve --port ...",
                "in.md", "-o", "out", "--port", "80");
        assertUsageError("renderer: option '--token' applies only to serve: renderer serve --token ...",
                "--token=x", "in.md", "-o", "out");
    }

    @Test
    void badServeValuesAreUsageErrors() {
        assertUsageError("renderer: option '--port' needs a number, not 'http'", "serve", "--port", "http");
        assertUsageError("renderer: --port must be between 0 and 65535", "serve", "--port", "70000");
        assertUsageError("renderer: --renders, --render-timeout and --max-request-bytes must be positive, "
                + "--queue-wait at least 0", "serve", "--renders", "0");
        assertUsageError("renderer: --token must not be empty", "serve", "--token", " ");
        assertUsageError("renderer: unknown page size 'a5': use a4 or letter", "serve", "--page-size", "a5");
        assertUsageError("renderer: unknown host 'no.such.host.invalid' for --host", "serve", "--host",
                "no.such.host.invalid");
    }

    @Test
    void beyondLoopbackServeNeedsAToken() {
        assertUsageError("renderer: --host 0.0.0.0 is reachable from other machines: give --token too",
                "serve", "--host", "0.0.0.0");
    }

    @Test
    void aPortInUseIsOneLineAndExitOne() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandLine run = CommandLine.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, run.code());
            List<String> lines = run.err().lines().toList();
            assertEquals(1, lines.size(), run.err());
            assertTrue(lines.get(0).startsWith("renderer: error: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    run.err());
        }
    }

    @Test
    void helpMentionsServeAndItsOptions() {
        CommandLine help = CommandLine.run("--help");
        assertEquals(0, help.code());
        String out = help.out();
        assertTrue(out.contains("renderer serve [OPTION...]"), out);
        for (String label : List.of("--host=ADDRESS", "--port=N", "--token=SECRET", "--renders=N",
                "--queue-wait=SECONDS", "--render-timeout=SECONDS", "--max-request-bytes=N")) {
            assertTrue(out.lines().anyMatch(l -> l.strip().startsWith(label)), () -> label + " missing from:\n" + out);
        }
        assertTrue(out.lines().allMatch(l -> l.length() <= 80), out);
        assertEquals(help, CommandLine.run("serve", "--help"));
    }
}
