package org.handout.font;

import java.util.BitSet;
import java.util.concurrent.TimeUnit;

import org.handout.bench.Handouts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Font costs: parsing a face (what the first document of a process pays per face it uses; in
 * this package because the constructor is not public) and subsetting it for the sample's text
 * (what every document pays per face).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FontBenchmark {
    private final Face body = FontLibrary.body(false, false);
    private final BitSet sampleGlyphs = glyphs(body, Handouts.markdown("sample"));

    @Benchmark
    public Face loadBodyFace() {
        return new Face("AtkinsonHyperlegibleNext-Regular", "/fonts/AtkinsonHyperlegibleNext_400Regular.ttf", true);
    }

    @Benchmark
    public byte[] subsetBodyFace() {
        return body.subset(sampleGlyphs);
    }

    private static BitSet glyphs(Face face, String text) {
        BitSet gids = new BitSet();
        text.codePoints().map(face::glyph).filter(g -> g != 0).forEach(gids::set);
        return gids;
    }
}
