package org.handout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The peer as a command, for whole-process measurements beside ours ({@code src/bench/cold-start.sh}):
 * {@code PeerRun INPUT DIR} turns one HTML page, or every {@code .html} page of a folder, into
 * {@code DIR/NAME.pdf} with {@link Peer}'s settings (PDF/UA, PDF/A-3a). A folder is rendered in one
 * JVM on a thread per core, one {@link Peer} per thread, as {@link BatchBenchmark#openhtmltopdf} does.
 * Prints the milliseconds from the first page read to the last file written (the loop alone, without
 * the JVM's start) on stdout.
 */
public final class PeerRun {
    private static final ThreadLocal<Peer> PEERS = ThreadLocal.withInitial(Peer::new);

    private PeerRun() {}

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        // As our command line does: PDFBox's logging goes nowhere, without commons-logging's search for a framework.
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        long start = System.nanoTime();
        Path input = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        if (Files.isDirectory(input)) {
            renderFolder(input, out);
        } else {
            render(input, out);
        }
        System.out.println((System.nanoTime() - start) / 1_000_000);
    }

    private static void renderFolder(Path folder, Path out) throws IOException, InterruptedException, ExecutionException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Path page : pages) {
                futures.add(pool.submit(() -> {
                    render(page, out);
                    return null;
                }));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void render(Path page, Path out) throws IOException {
        String name = page.getFileName().toString().replaceFirst("\\.html$", ".pdf");
        Files.write(out.resolve(name), PEERS.get().pdf(Files.readString(page, StandardCharsets.UTF_8)));
    }
}
