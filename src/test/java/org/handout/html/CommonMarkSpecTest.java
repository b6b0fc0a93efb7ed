package org.handout.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.handout.Corpus;
import org.handout.diagnostics.Diagnostics;
import org.handout.source.MarkdownReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every CommonMark and GFM spec example, read and written in the reference shape. */
class CommonMarkSpecTest {

    private static final String RAW_HTML = "raw HTML goes through the allow-list sanitizer; the reference copies it";
    private static final String URL_POLICY = "the URL policy shows links with other schemes (irc:, ftp:, made-up) as text";
    private static final String AUTOLINK = "the reader enables the autolink extension, which links bare URLs and e-mail"
            + " addresses that CommonMark leaves as text, with its own rules for trailing punctuation";

    /** Examples whose output differs on purpose, with the reason; each must still differ. */
    static final Map<String, String> DEVIATIONS = deviations();

    private static Map<String, String> deviations() {
        Map<String, String> d = new HashMap<>();
        add(d, RAW_HTML, "spec", 21, 31, 148, 149, 150, 151, 152, 153, 154, 159, 160, 163, 164, 165, 166, 167, 168,
                169, 170, 171, 172, 173, 174, 175, 178, 179, 180, 181, 182, 184, 185, 189, 192, 193, 203, 310, 311,
                346, 477, 478, 479, 493, 496, 526, 538, 615, 616, 617, 618, 619, 625, 627, 628, 629, 630, 631, 632,
                633, 645, 646);
        add(d, RAW_HTML + " (GFM's tag filter is one more such rule)", "gfm-extensions", 12, 22);
        add(d, RAW_HTML + " (GFM's tag filter is one more such rule)", "gfm-spec", 653);
        add(d, URL_POLICY, "spec", 502, 598, 600, 601, 603);
        add(d, URL_POLICY, "gfm-spec", 628);
        add(d, AUTOLINK, "spec", 604, 608, 610, 613, 614);
        add(d, AUTOLINK, "gfm-spec", 625, 626, 631);
        add(d, "a link with no text shows its address as its text: an empty link has no name for assistive"
                + " technology (axe: link-name) and vanishes from print", "spec", 486);
        add(d, "footnotes: readFragment returns no definitions, and the page writes DPUB-ARIA endnotes", "gfm-extensions", 23);
        add(d, "the expected output is a placeholder: the example only checks that parsing does not crash",
                "gfm-extensions", 20);
        return Map.copyOf(d);
    }

    private static void add(Map<String, String> deviations, String reason, String file, int... examples) {
        for (int example : examples) {
            deviations.put(file + "-" + example, reason);
        }
    }

    @TestFactory
    Stream<DynamicTest> commonMark() {
        return examples(Corpus.commonMark());
    }

    @TestFactory
    Stream<DynamicTest> gfm() {
        return examples(Corpus.gfm());
    }

    private static Stream<DynamicTest> examples(List<Corpus.Example> examples) {
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            String key = e.source() + "-" + e.number();
            String expected = SpecHtml.normalise(e.html());
            String actual = SpecHtml.normalise(render(e.markdown()));
            if (DEVIATIONS.containsKey(key)) {
                assertNotEquals(expected, actual, () -> key + " now matches the spec: remove it from DEVIATIONS");
            } else {
                assertEquals(expected, actual, () -> "markdown:\n" + e.markdown());
            }
        }));
    }

    private static String render(String markdown) {
        Diagnostics diagnostics = new Diagnostics("example");
        return HtmlWriter.fragment(MarkdownReader.readFragment(markdown, diagnostics), diagnostics);
    }

    @Test
    void fewDeviations() {
        assertEquals(80, DEVIATIONS.size(), "the deviation count changed: update the report and this number");
    }
}
