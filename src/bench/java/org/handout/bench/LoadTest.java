package org.handout.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.handout.server.Multipart;

/**
 * The client half of src/bench/load-test.sh: sends COUNT renders to a serve process on loopback, CONCURRENCY at a
 * time, for at most SECONDS, cycling through four requests (the sample as PDF, as HTML and as archival PDF, and the
 * images fixture as multipart with its two images). A request counts as failed unless it is answered 200 with a
 * whole PDF or HTML page. Prints throughput, latency percentiles and failures by status.
 */
public final class LoadTest {
    private static final int WARM_UP = 40;

    private record Kind(String name, String query, String contentType, byte[] body, String expectedStart) {}

    private record Outcome(int kind, long nanos, String failure) {}

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        Path fixtures = Path.of(args[4]);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the load test runs on loopback only, not " + base.getHost());
        }
        List<Kind> kinds = kinds(fixtures);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < WARM_UP; i++) {
            send(client, base, kinds.get(i % kinds.size()), i % kinds.size());
        }
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            senders.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    int kind = i % kinds.size();
                    outcomes.add(send(client, base, kinds.get(kind), kind));
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - start) / 1e9;
        boolean allAnswered = report(outcomes, kinds, count, concurrency, wall);
        // The HTTP client's threads would keep the process alive; the exit code says whether every request passed.
        System.exit(allAnswered ? 0 : 1);
    }

    private static List<Kind> kinds(Path fixtures) throws IOException {
        byte[] sample = Files.readAllBytes(fixtures.resolve("magnesium-treatment-for-depression.md"));
        String markdown = "text/markdown; charset=utf-8";
        Multipart images = new Multipart()
                .file("source", "images.md", "text/markdown", Files.readAllBytes(fixtures.resolve("images.md")))
                .file("file", "images/handwashing.png", "image/png",
                        Files.readAllBytes(fixtures.resolve("images/handwashing.png")))
                .file("file", "images/divider.png", "image/png", Files.readAllBytes(fixtures.resolve("images/divider.png")));
        return List.of(new Kind("sample PDF", "format=pdf", markdown, sample, "%PDF-"),
                new Kind("sample HTML", "format=html", markdown, sample, "<!DOCTYPE html>"),
                new Kind("sample archival PDF", "format=archival", markdown, sample, "%PDF-"),
                new Kind("images, multipart, PDF", "format=pdf", images.contentType(), images.bytes(), "%PDF-"));
    }

    private static Outcome send(HttpClient client, URI base, Kind kind, int index) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/render?" + kind.query()))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", kind.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(kind.body())).build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            String head = new String(response.body(), 0, Math.min(20, response.body().length), StandardCharsets.ISO_8859_1);
            if (response.statusCode() != 200) {
                return new Outcome(index, nanos, "HTTP " + response.statusCode());
            }
            return new Outcome(index, nanos, head.startsWith(kind.expectedStart()) ? null : "not a whole file");
        } catch (IOException | InterruptedException e) {
            return new Outcome(index, System.nanoTime() - start, e.getClass().getSimpleName());
        }
    }

    /** Prints the figures; true when every request sent was answered as it should be. */
    private static boolean report(List<Outcome> outcomes, List<Kind> kinds, int count, int concurrency, double wall) {
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            latencies.add(outcome.nanos());
            if (outcome.failure() != null) {
                failures.merge(outcome.failure(), 1, Integer::sum);
            }
        }
        Collections.sort(latencies);
        int done = outcomes.size();
        System.out.printf("Load test: %d of %d renders sent (after %d warm-up), %d at a time, in %.1f s%n", done, count,
                WARM_UP, concurrency, wall);
        System.out.printf("  throughput %.1f renders/s%n", done / wall);
        System.out.printf("  latency ms: p50 %d, p90 %d, p99 %d, max %d%n", millis(latencies, 0.50),
                millis(latencies, 0.90), millis(latencies, 0.99), millis(latencies, 1.0));
        for (int k = 0; k < kinds.size(); k++) {
            int kind = k;
            List<Long> own = outcomes.stream().filter(o -> o.kind() == kind).map(Outcome::nanos).sorted().toList();
            System.out.printf("    %-24s %5d requests, p50 %d ms, p99 %d ms%n", kinds.get(k).name(), own.size(),
                    millis(own, 0.50), millis(own, 0.99));
        }
        System.out.println("  failed: " + (failures.isEmpty() ? "0" : failures));
        return failures.isEmpty();
    }

    private static long millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000;
    }
}
