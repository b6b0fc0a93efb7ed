package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

import org.handout.pdf.StructureElements;
import org.handout.pdf.StructureText;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nesting 10,000 levels deep renders (flattened, with a warning) and never overflows the stack,
 * even when the caller runs on a thread with a tiny stack: the renderer brings its own.
 */
class DeepNestingTest {
    private static final int DEPTH = 10_000;
    private static final long SMALL_STACK = 256L << 10;

    static java.util.stream.Stream<Arguments> hostile() {
        return java.util.stream.Stream.of(
                Arguments.of("lists", "- ".repeat(DEPTH) + "deep\n", "flattened"),
                Arguments.of("ordered lists", "1. ".repeat(DEPTH) + "deep\n", "flattened"),
                Arguments.of("block quotes", ">".repeat(DEPTH) + " deep\n", "flattened"),
                Arguments.of("quotes and lists", "> - ".repeat(DEPTH / 2) + "deep\n", "flattened"),
                Arguments.of("emphasis", "*".repeat(DEPTH) + "deep" + "*".repeat(DEPTH) + "\n", null),
                Arguments.of("nested emphasis", "*a _b ".repeat(DEPTH / 2) + "deep" + "_ c*".repeat(DEPTH / 2) + "\n",
                        "flattened to plain text"),
                Arguments.of("links", "[".repeat(DEPTH) + "deep" + "](/x)".repeat(DEPTH) + "\n", null),
                Arguments.of("brackets", "[".repeat(DEPTH) + "deep" + "]".repeat(DEPTH) + "\n", null),
                Arguments.of("inline footnotes", "^[".repeat(DEPTH) + "deep" + "]".repeat(DEPTH) + "\n", null),
                Arguments.of("footnote chain", footnoteChain(), null),
                Arguments.of("footnote cycle", "a[^x]\n\n[^x]: b[^y]\n\n[^y]: c[^x]\n", null));
    }

    private static String footnoteChain() {
        StringBuilder md = new StringBuilder("start[^0]\n\n");
        for (int i = 0; i < DEPTH; i++) {
            md.append("[^").append(i).append("]: see[^").append(i + 1).append("]\n\n");
        }
        return md.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void rendersOnASmallCallerStack(String name, String body, String warning) {
        Renderer.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> onSmallStack(Pipeline.FRONT + body));
        assertNotNull(result.pdf());
        assertTrue(result.html().contains("deep") || name.startsWith("footnote"), name);
        if (warning != null) {
            assertTrue(Pipeline.mentions(result.diagnostics(), warning), () -> result.diagnostics().toString());
        }
    }

    /**
     * A batch's pool renders on the renderer's own threads, where a render runs in place rather than on a thread of
     * its own: those threads have the large stack too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void rendersInPlaceOnARenderThread(String name, String body, String warning) {
        Renderer.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> onThread(Renderer.renderThreads(), Pipeline.FRONT + body));
        assertNotNull(result.pdf());
        assertTrue(result.html().contains("deep") || name.startsWith("footnote"), name);
    }

    /**
     * A list flattened for depth is still a list in both outputs, every level's words in order, none
     * a quote. The PDF's structure keeps lists nested only as deep as pdf.js reads (40 levels): deeper
     * items are their label and paragraphs, in order, inside the deepest item.
     */
    @Test
    void aListTooDeepIsFlattenedIntoOneList() throws Exception {
        StringBuilder md = new StringBuilder(Pipeline.FRONT);
        for (int level = 1; level <= 40; level++) {
            md.append("  ".repeat(level - 1)).append("- level ").append(level).append('\n');
        }
        Renderer.Result result = Pipeline.render(RenderOptions.defaults(), md.toString());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(result.html());
        assertTrue(html.select("blockquote").isEmpty(), "no quote in the HTML");
        List<String> items = html.select("main li").stream().map(li -> li.ownText()).toList();
        var elements = StructureText.read(result.pdf()).elements();
        assertTrue(elements.stream().noneMatch(e -> e.type().equals("BlockQuote")), "no BlockQuote in the PDF");
        List<String> pdfItems = elements.stream().filter(e -> e.type().equals("P") && e.text().startsWith("level "))
                .map(StructureText.Element::text).toList();
        for (int level = 1; level <= 40; level++) {
            assertEquals("level " + level, items.get(level - 1), "every level is a list item of its own in the HTML");
            assertEquals("level " + level, pdfItems.get(level - 1), "and a paragraph of its own in the PDF, in order");
        }
        int deepest = StructureElements.of(result.pdf()).stream().mapToInt(DeepNestingTest::depth).max().orElseThrow();
        assertTrue(deepest <= 40, "the PDF's structure is " + deepest + " levels deep");
        assertTrue(elements.stream().filter(e -> e.type().equals("LI")).count() >= 8, "the outer levels are list items");
    }

    /** How many elements up it is to the structure tree root. */
    private static int depth(org.apache.pdfbox.cos.COSDictionary element) {
        int depth = 0;
        for (var e = element; e != null && !org.apache.pdfbox.cos.COSName.STRUCT_TREE_ROOT.equals(
                e.getCOSName(org.apache.pdfbox.cos.COSName.TYPE)); e = e.getCOSDictionary(org.apache.pdfbox.cos.COSName.P)) {
            depth++;
        }
        return depth;
    }

    /** Calls the renderer from a thread whose stack would overflow at a few hundred frames. */
    private static Renderer.Result onSmallStack(String markdown) throws Throwable {
        return onThread(task -> new Thread(null, task, "small-stack", SMALL_STACK), markdown);
    }

    private static Renderer.Result onThread(ThreadFactory threads, String markdown) throws Throwable {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread caller = threads.newThread(() -> {
            try {
                outcome.set(Pipeline.render(RenderOptions.defaults().withKeepGoing(true), markdown));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        caller.start();
        caller.join();
        if (outcome.get() instanceof Throwable t) {
            throw t;
        }
        return (Renderer.Result) outcome.get();
    }
}
