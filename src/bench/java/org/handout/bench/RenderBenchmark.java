package org.handout.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One document, warm, both outputs (ours) against openhtmltopdf's PDF of our HTML (theirs). The
 * report divides by each renderer's own page count for the per-page figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class RenderBenchmark {
    @Param({"sample", "sections60", "sections600"})
    public String doc;

    private final Renderer renderer = new Renderer(RenderOptions.defaults());
    private final Peer peer = new Peer();
    private byte[] source;
    private String html;

    @Setup
    public void setUp() throws RenderFailure {
        source = Handouts.bytes(doc);
        html = renderer.render(doc + ".md", source, Path.of("fixtures")).html();
    }

    @Benchmark
    public Renderer.Result ours() throws RenderFailure {
        return renderer.render(doc + ".md", source, Path.of("fixtures"));
    }

    @Benchmark
    public byte[] openhtmltopdf() {
        return peer.pdf(html);
    }
}
