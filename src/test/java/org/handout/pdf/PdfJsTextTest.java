package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.handout.Fixtures;
import org.handout.browser.PdfJs;
import org.handout.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Firefox's PDF viewer reads: the text pdf.js gives its text layer ({@link PdfJs}: pdfjs-dist
 * as pinned in src/test/js/package-lock.json), joined as Firefox joins it, with nothing at line
 * ends. No two words of a block run together ("EvidenceSays"), and right-to-left text reads in
 * logical order, every block whole. Needs node and {@code npm ci} in src/test/js; skipped without
 * them, except where CI=true or REQUIRE_BROWSER=true, where it fails instead.
 */
class PdfJsTextTest {
    @TempDir
    static Path temp;
    private static final Map<Path, String> TEXT = new LinkedHashMap<>();
    private static final Map<Path, Renderer.Result> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void readAll() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (Path fixture : Fixtures.all().toList()) {
            Renderer.Result result = ReadingOrderTest.render(fixture);
            Path pdf = temp.resolve(fixture.getFileName() + ".pdf");
            Files.write(pdf, result.pdf());
            RESULTS.put(fixture, result);
            pdfs.add(pdf);
        }
        List<PdfJs.Reading> readings = PdfJs.read(pdfs);
        List<Path> fixtures = List.copyOf(RESULTS.keySet());
        for (int i = 0; i < fixtures.size(); i++) {
            TEXT.put(fixtures.get(i), readings.get(i).text());
        }
    }

    /**
     * Every block (title, heading, paragraph, cell, item…) whose letters pdf.js reads is read with
     * its words apart as in the source ("What the Evidence Says", not "What the EvidenceSays").
     * Marks are left out of right-to-left blocks (see {@link WorldScriptsTest#comparable(String, boolean)}).
     */
    @TestFactory
    Stream<DynamicTest> noWordsRunTogether() {
        return TEXT.keySet().stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            String text = TEXT.get(fixture);
            List<String> broken = new ArrayList<>();
            for (String block : ExpectedText.blocks(RESULTS.get(fixture).document())) {
                boolean withoutMarks = WorldScriptsTest.rightToLeft(block);
                String words = spaced(block, withoutMarks);
                boolean read = WorldScriptsTest.comparable(text, withoutMarks).contains(WorldScriptsTest.comparable(block, withoutMarks));
                if (read && words.contains(" ") && !(" " + spaced(text, withoutMarks) + " ").contains(words)) {
                    broken.add(words);
                }
            }
            assertTrue(broken.isEmpty(), broken.size() + " blocks not read with their words apart: " + broken);
        }));
    }

    /** Blocks in the world's scripts read whole and in order, right-to-left ones in logical order. */
    @TestFactory
    Stream<DynamicTest> blocksReadWholeAndInOrder() {
        return TEXT.keySet().stream().filter(p -> p.getFileName().toString().startsWith("udhr-"))
                .map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
                    boolean withoutMarks = WorldScriptsTest.rightToLeft(TEXT.get(fixture));
                    String read = WorldScriptsTest.comparable(TEXT.get(fixture), withoutMarks);
                    int from = 0;
                    for (String block : ExpectedText.blocks(RESULTS.get(fixture).document())) {
                        String expected = WorldScriptsTest.comparable(block, withoutMarks);
                        int at = read.indexOf(expected, from);
                        assertTrue(at >= 0, "pdf.js lacks, or reads out of order: " + block + "\nafter: "
                                + read.substring(Math.max(0, from - 80), Math.min(read.length(), from + 200)));
                        from = at + expected.length();
                    }
                }));
    }

    /** NFKC as pdf.js normalizes, format characters (and marks, if asked) dropped, runs of white space one space. */
    private static String spaced(String text, boolean withoutMarks) {
        String normal = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        normal.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT
                && !(withoutMarks && Character.getType(cp) == Character.NON_SPACING_MARK))
                .map(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp).forEach(out::appendCodePoint);
        return out.toString().replaceAll(" +", " ").strip();
    }
}
