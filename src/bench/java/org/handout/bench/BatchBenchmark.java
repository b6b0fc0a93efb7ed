package org.handout.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.handout.cli.Main;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput on all cores, in documents per second: our command line on a folder of
 * handouts (files in, files out, as a user runs it) against openhtmltopdf on a thread per core
 * over the same documents' HTML, also writing each PDF to a file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class BatchBenchmark {
    static final int DOCUMENTS = 250;

    private Path root;
    private Path in;
    private List<String> htmls;
    private ExecutorService pool;
    private final ThreadLocal<Peer> peers = ThreadLocal.withInitial(Peer::new);

    @Setup(Level.Trial)
    public void setUp() throws IOException, RenderFailure {
        root = Files.createTempDirectory("handout-batch");
        in = root.resolve("in");
        Handouts.writeFolder(in, DOCUMENTS);
        Renderer renderer = new Renderer(RenderOptions.defaults());
        htmls = new ArrayList<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path file : files.sorted().toList()) {
                htmls.add(renderer.render(file.toString(), Files.readAllBytes(file), in).html());
            }
        }
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdown();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public int ours() {
        StringWriter sink = new StringWriter();
        int code = Main.run(new String[] {in.toString(), "-o", root.resolve("ours").toString(), "-q"},
                new PrintWriter(sink), new PrintWriter(sink));
        if (code != 0) {
            throw new IllegalStateException("batch failed: " + sink);
        }
        return code;
    }

    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public int openhtmltopdf() throws InterruptedException, ExecutionException, IOException {
        Path out = Files.createDirectories(root.resolve("theirs"));
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < htmls.size(); i++) {
            Path target = out.resolve(i + ".pdf");
            String html = htmls.get(i);
            futures.add(pool.submit(() -> write(target, peers.get().pdf(html))));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        return futures.size();
    }

    private static void write(Path target, byte[] pdf) {
        try {
            Files.write(target, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
