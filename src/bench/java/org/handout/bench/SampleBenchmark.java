package org.handout.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.handout.diagnostics.RenderFailure;
import org.handout.render.Format;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The sample handout to each output alone, to see what each side of the pipeline costs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class SampleBenchmark {
    private final byte[] source = Handouts.bytes("sample");
    private final Renderer pdfOnly = new Renderer(RenderOptions.defaults().withFormats(EnumSet.of(Format.PDF)));
    private final Renderer htmlOnly = new Renderer(RenderOptions.defaults().withFormats(EnumSet.of(Format.HTML)));

    @Benchmark
    public Renderer.Result pdf() throws RenderFailure {
        return pdfOnly.render("sample.md", source, Path.of("fixtures"));
    }

    @Benchmark
    public Renderer.Result html() throws RenderFailure {
        return htmlOnly.render("sample.md", source, Path.of("fixtures"));
    }
}
