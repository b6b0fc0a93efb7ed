package org.handout.server;

import static org.handout.server.ApiTest.FRONT;
import static org.handout.server.ApiTest.MARKDOWN;
import static org.handout.server.ApiTest.assertError;
import static org.handout.server.ApiTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of serve, each on a server of its own: a full render pool, the time limit, the request size, the token. */
class LimitsTest {
    @TempDir
    Path work;

    /** About 600 pages: seconds of work, long enough to hold a slot while a test looks. */
    static byte[] longDocument() throws IOException {
        String sample = Files.readString(ApiTest.SAMPLE);
        String body = sample.substring(sample.indexOf("\n---", 3) + 4);
        StringBuilder source = new StringBuilder(FRONT);
        for (int i = 1; source.length() + body.length() < 1_500_000; i++) {
            source.append("\n# Part ").append(i).append('\n').append(body.replace("\n# ", "\n## "));
        }
        return bytes(source.toString());
    }

    @AfterEach
    void everyRequestsFolderIsDeleted() throws Exception {
        for (int i = 0; i < 600 && Files.list(work).findAny().isPresent(); i++) {
            Thread.sleep(100); // a render past its time limit cleans up when it ends
        }
        try (var left = Files.list(work)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aRequestBeyondTheRenderPoolWaitsThenGets503WithRetryAfter() throws Exception {
        try (Served served = Served.start(Served.settings(work).renders(1, Duration.ofMillis(200)).build())) {
            byte[] longDocument = longDocument();
            CompletableFuture<HttpResponse<byte[]>> first = CompletableFuture.supplyAsync(() -> post(served, longDocument));
            awaitRunning(served, 1);
            HttpResponse<byte[]> second = served.post("/render", MARKDOWN, bytes(FRONT + "Text.\n"));
            assertError(503, "all 1 renders are busy", second);
            assertEquals("1", second.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, first.join().statusCode(), "the running render still finishes");
            assertEquals(200, served.post("/render", MARKDOWN, bytes(FRONT + "Text.\n")).statusCode());
        }
    }

    @Test
    void aRenderPastItsTimeLimitIs422AndHoldsItsSlotUntilItEnds() throws Exception {
        try (Served served = Served.start(Served.settings(work).renders(1, Duration.ZERO)
                .renderTimeout(Duration.ofMillis(300)).build())) {
            HttpResponse<byte[]> slow = served.post("/render", MARKDOWN, longDocument());
            assertError(422, "took longer than the limit", slow);
            assertTrue(Served.json(slow).get("errors").get(0).get("message").asText().endsWith("(--render-timeout)"));
            assertEquals(1, Served.json(served.get("/health")).get("renders").get("running").asInt(),
                    "the render goes on, and keeps its slot");
            assertError(503, "busy", served.post("/render", MARKDOWN, bytes(FRONT + "Text.\n")));
            awaitRunning(served, 0);
        }
    }

    @Test
    void aMultipartRequestAboveItsLimitIs413() throws Exception {
        try (Served served = Served.start(Served.settings(work).maxRequestBytes(50_000).build())) {
            Multipart form = new Multipart().file("source", "a.md", "text/markdown", bytes(FRONT + "![x](big.png)\n"))
                    .file("file", "big.png", "image/png", new byte[60_000]);
            assertError(413, "more than the limit of 50000 (--max-request-bytes)", served.post("/render", form));
            Multipart bigSource = new Multipart().file("source", "a.md", "text/markdown",
                    bytes(FRONT + "a".repeat(2_100_000)));
            try (Served roomy = Served.start(Served.settings(work).build())) {
                assertError(413, "(--max-input-bytes)", roomy.post("/render", bigSource));
            }
            assertEquals(200, served.get("/health").statusCode());
        }
    }

    @Test
    void withATokenEveryRequestMustPresentIt() throws Exception {
        try (Served served = Served.start(Served.settings(work).token("s3cret-token").build())) {
            HttpResponse<byte[]> none = served.get("/health");
            assertError(401, "this server needs its token", none);
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertError(401, "needs its token", served.get("/health", "Authorization", "Bearer s3cret-tokeN"));
            assertError(401, "needs its token", served.post("/render", MARKDOWN, bytes(FRONT + "Text.\n")));
            // On the same connection as the tokens before it: one that differs only in case is another token.
            assertEquals(200, served.get("/health", "Authorization", "Bearer s3cret-token").statusCode());
            assertEquals(200, served.get("/?token=s3cret-token").statusCode(), "the editor opens with ?token=");
            assertEquals(200, served.post("/render", MARKDOWN, bytes(FRONT + "Text.\n"),
                    "Authorization", "Bearer s3cret-token").statusCode());
        }
    }

    @Test
    void beyondLoopbackATokenIsRequired() throws Exception {
        ServerSettings loopback = Served.settings(work).build();
        InetAddress everywhere = InetAddress.getByName("0.0.0.0");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings(everywhere, 0, null, 1, Duration.ZERO,
                        Duration.ofSeconds(1), 1, loopback.defaults(), loopback.limits(), work, false));
        assertTrue(refused.getMessage().contains("needs a token"));
    }

    private static HttpResponse<byte[]> post(Served served, byte[] source) {
        try {
            return served.post("/render", MARKDOWN, source);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls /health until {@code running} renders are under way (a minute at most). */
    private static void awaitRunning(Served served, int running) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Served.json(served.get("/health")).get("renders").get("running").asInt() == running) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never " + running + " renders running");
    }
}
