package org.handout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole processes, as an operator runs them: a plain render loads nothing of the server (its cold start is
 * measured), and SIGTERM stops serve gracefully, letting a running render finish.
 */
class ProcessTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Pattern SERVER_CLASS =
            Pattern.compile(" (org\\.handout\\.server\\.|org\\.handout\\.cli\\.ServeCommand|org\\.eclipse\\.jetty\\.|org\\.slf4j\\.)");
    private static final Pattern GREETING = Pattern.compile("Serving the editor at (http://\\S+/) and the API at .*");

    @TempDir
    Path dir;

    private Process java(Path classLog, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), "org.handout.cli.Main"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    @Test
    void aPlainRenderLoadsNoClassOfTheServer() throws Exception {
        Path classes = dir.resolve("render-classes.txt");
        Process render = java(classes, "fixtures/magnesium-treatment-for-depression.md", "-o", dir.toString(), "-q");
        assertTrue(render.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, render.exitValue(), Files.readString(dir.resolve("stderr.txt")));
        List<String> loaded = Files.readAllLines(classes);
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" org.handout.render.Renderer ")), "the log lists classes");
        assertEquals(List.of(), loaded.stream().filter(l -> SERVER_CLASS.matcher(l).find()).toList());
    }

    @Test
    void sigtermLetsTheRunningRenderFinishAndStopsTakingRequests() throws Exception {
        Path classes = dir.resolve("serve-classes.txt");
        Process server = java(classes, "serve", "--port", "0", "--renders", "1");
        try {
            URI uri = greeting(server);
            assertTrue(Files.readAllLines(classes).stream().anyMatch(l -> SERVER_CLASS.matcher(l).find()),
                    "serve itself loads the server (so the other test can fail)");
            HttpClient client = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<byte[]>> render = client.sendAsync(
                    HttpRequest.newBuilder(uri.resolve("/render")).header("Content-Type", ApiTest.MARKDOWN)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(LimitsTest.longDocument())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            awaitOneRender(client, uri);
            server.destroy();
            HttpResponse<byte[]> finished = render.get(5, TimeUnit.MINUTES);
            assertEquals(200, finished.statusCode());
            String pdf = new String(finished.body(), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-") && pdf.stripTrailing().endsWith("%%EOF"), "a whole PDF");
            assertTrue(server.waitFor(2, TimeUnit.MINUTES), "the server exits once the render is answered");
            assertEquals(143, server.exitValue(), "128 + SIGTERM");
            assertThrows(ConnectException.class, () -> client.send(HttpRequest.newBuilder(uri.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.discarding()));
            assertEquals("", Files.readString(dir.resolve("stderr.txt")));
        } finally {
            server.destroyForcibly();
        }
    }

    /** The first line serve prints names its address, with the port it got. */
    private static URI greeting(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher matcher = GREETING.matcher(line == null ? "" : line);
        assertTrue(matcher.matches(), line);
        return URI.create(matcher.group(1));
    }

    private static void awaitOneRender(HttpClient client, URI uri) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 600; i++) {
            HttpResponse<byte[]> health = client.send(HttpRequest.newBuilder(uri.resolve("/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (json.readTree(health.body()).get("renders").get("running").asInt() == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the render never started");
    }
}
