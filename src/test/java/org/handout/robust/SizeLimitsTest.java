package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.Limits;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;

/** Oversized input ends in one clear error, quickly; the limits can be raised. The timeouts only guard against hangs. */
class SizeLimitsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void tenMegabyteParagraphIsRefusedBeforeParsing() {
        String paragraph = Pipeline.FRONT + "word ".repeat(2_000_000) + "\n";
        RenderFailure failure = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(RenderFailure.class, () -> Pipeline.render(paragraph)));
        List<Diagnostic> errors = failure.diagnostics();
        assertEquals(1, errors.size());
        assertEquals("test.md: error: the source has " + paragraph.length() + " bytes, more than the limit of " + Limits.DEFAULT_INPUT_BYTES
                + " (--max-input-bytes)", errors.get(0).format());
    }

    @Test
    void sourceJustUnderTheLimitRenders() throws Exception {
        String body = "word ".repeat((int) (Limits.DEFAULT_INPUT_BYTES - 100) / 5);
        Renderer.Result result = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.render(Pipeline.FRONT + body));
        assertTrue(result.pdf().length > 0);
    }

    @Test
    void raisedInputLimitAcceptsTheLargerSource() throws Exception {
        byte[] source = (Pipeline.FRONT + "word ".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
        Renderer renderer = new Renderer(RenderOptions.defaults().withFormats(java.util.Set.of(
                org.handout.render.Format.HTML)), new Limits(2L << 20, 64));
        assertTrue(renderer.render("big.md", source, Path.of(".")).html().contains("word word"));
    }

    @Test
    void thousandColumnTableIsAnErrorNamingItsLine() {
        String table = "| " + "h | ".repeat(1000) + "\n|" + "---|".repeat(1000) + "\n| " + "c | ".repeat(1000) + "\n";
        RenderFailure failure = assertTimeoutPreemptively(HANG_GUARD,
                () -> Pipeline.failure(Pipeline.FRONT + "Intro.\n\n" + table));
        assertTrue(Pipeline.messages(failure.diagnostics()).contains("test.md:7:1: error: the table has 1000 columns,"
                + " more than the limit of 64: split it into narrower tables"), failure::getMessage);
    }

    @Test
    void tableAtTheColumnLimitRenders() throws Exception {
        String table = "| " + "h | ".repeat(64) + "\n|" + "---|".repeat(64) + "\n| " + "c | ".repeat(64) + "\n";
        Renderer.Result result = Pipeline.render(Pipeline.FRONT + table);
        assertTrue(result.html().contains("<table"));
        assertTrue(result.pdf().length > 0);
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 64));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1024, 0));
    }
}
