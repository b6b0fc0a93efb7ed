package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.text.TextPosition;
import org.handout.Fixtures;
import org.handout.diagnostics.RenderFailure;
import org.handout.font.Face;
import org.handout.font.FontLibrary;
import org.handout.font.GlyphRun;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The fixtures of real published text in the world's scripts ({@code fixtures/udhr-*.md}, the
 * Universal Declaration of Human Rights) read back by independent readers: poppler's
 * {@code pdftotext} gets every block whole and in order, HarfBuzz's {@code hb-shape} shapes their
 * words to the same glyphs as the renderer. Every other fixture test (veraPDF, no .notdef, the
 * structure tree's reading order, axe and the Nu checker) renders them too, as it renders every
 * fixture. What pdf.js reads of every fixture is {@link PdfJsTextTest}'s.
 */
class WorldScriptsTest {
    static Stream<Path> scriptFixtures() {
        return Fixtures.all().filter(p -> p.getFileName().toString().startsWith("udhr-"));
    }

    @TestFactory
    Stream<DynamicTest> pdftotextReadsEveryBlockWholeAndInOrder() {
        return scriptFixtures().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            Renderer.Result result = ReadingOrderTest.render(fixture);
            String read = comparable(pdftotext(result.pdf(), fixture), true);
            int from = 0;
            for (String block : ExpectedText.blocks(result.document())) {
                String expected = comparable(block, true);
                int at = read.indexOf(expected, from);
                assertTrue(at >= 0, "pdftotext lacks, or reads out of order: " + block + "\nafter: "
                        + read.substring(Math.max(0, from - 80), Math.min(read.length(), from + 200)));
                from = at + expected.length();
            }
        }));
    }

    /**
     * A sample of words of every script, shaped by the renderer and by {@code hb-shape} with the same
     * font: the same glyphs and clusters; for the Latin faces' own kerning, the same advances too.
     */
    @TestFactory
    Stream<DynamicTest> wordsAreShapedAsHarfBuzzShapesThem() {
        Stream<Path> latin = Stream.of(Path.of("fixtures/magnesium-treatment-for-depression.md"), Path.of("fixtures/german.md"));
        return Stream.concat(scriptFixtures(), latin).map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            String lang = ReadingOrderTest.render(fixture).document().meta().lang();
            for (String word : sampleWords(fixture, 12)) {
                Face face = FontLibrary.faceFor(word.codePointAt(0), FontLibrary.body(false, false), lang);
                boolean rtl = Character.getDirectionality(word.codePointAt(0)) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || Character.getDirectionality(word.codePointAt(0)) == Character.DIRECTIONALITY_RIGHT_TO_LEFT;
                GlyphRun ours = face.shape(word, rtl);
                List<int[]> theirs = hbShape(face, word);
                assertEquals(theirs.size(), ours.size(), "glyph count of '" + word + "' in " + face.name());
                float scale = face.unitsPerEm() / 1000f;
                float pen = 0;
                for (int g = 0; g < ours.size(); g++) {
                    int[] glyph = theirs.get(g);
                    assertEquals(glyph[0], ours.gids()[g], "glyph " + g + " of '" + word + "' in " + face.name());
                    assertEquals(glyph[1], ours.cluster()[g], "cluster of glyph " + g + " of '" + word + "'");
                    assertEquals(pen + glyph[2], ours.x()[g] * scale, 1, "x of glyph " + g + " of '" + word + "'");
                    assertEquals(glyph[3], ours.y()[g] * scale, 1, "y of glyph " + g + " of '" + word + "'");
                    pen += glyph[4];
                }
                assertEquals(pen, ours.width() * scale, 1, "advance of '" + word + "'");
            }
        }));
    }

    @Test
    void aMissingScriptIsOneMessageWithACountAndExamples() {
        String text = "---\ntitle: Missing\nlang: en\n---\n\nSmiles \uD83E\uDDEA\uD83E\uDEE0\uD83E\uDEE0 and "
                + "\uD802\uDD00\uD802\uDD01\uD802\uDD02\uD802\uDD03 here.\n";
        RenderFailure failure = org.junit.jupiter.api.Assertions.assertThrows(RenderFailure.class,
                () -> new Renderer(RenderOptions.defaults()).render("missing.md", text.getBytes(StandardCharsets.UTF_8), Path.of(".")));
        List<String> errors = failure.diagnostics().stream().map(d -> d.format()).filter(m -> m.contains("error")).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("missing.md:6") && m.contains("2 different characters")
                && m.contains("U+1F9EA")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.contains("4 different characters") && m.contains("Phoenician")
                && m.contains("U+10900") && m.contains("…")), errors.toString());
    }

    /** Wrapped right-to-left lines end at the right margin: no trailing space pushes them past it. */
    @Test
    void rightToLeftLinesStayInsideTheMargins() throws Exception {
        byte[] pdf = ReadingOrderTest.render(Path.of("fixtures/udhr-fa.md")).pdf();
        float margin = 20 / 25.4f * 72;
        for (PageMarks.Page page : PageMarks.read(pdf)) {
            for (PageMarks.Mark mark : page.marks()) {
                for (TextPosition glyph : mark.glyphs()) {
                    float right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                    assertTrue(right <= page.width() - margin + 0.05f, "'" + mark.text() + "' ends at " + right);
                    assertTrue(glyph.getXDirAdj() >= margin - 0.05f, "'" + mark.text() + "' starts at " + glyph.getXDirAdj());
                }
            }
        }
    }

    /**
     * Chinese and Japanese lines break only where the language allows: none starts with closing
     * punctuation or (in Japanese) a small kana, none ends with opening punctuation; the lines are
     * poppler's.
     */
    @TestFactory
    Stream<DynamicTest> hanLinesBreakAtLegalPoints() {
        return Stream.of("udhr-ja.md", "udhr-zh-hans.md", "udhr-zh-hant.md").map(name -> DynamicTest.dynamicTest(name, () -> {
            Path fixture = Path.of("fixtures", name);
            String[] lines = pdftotext(ReadingOrderTest.render(fixture).pdf(), fixture).split("\n");
            for (String line : lines) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                assertTrue("、。，．,.）」』】〕〉》！？!?；：ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ".indexOf(text.charAt(0)) < 0,
                        "line starts with '" + text.charAt(0) + "': " + text);
                assertTrue("（「『【〔〈《".indexOf(text.charAt(text.length() - 1)) < 0, "line ends with an opening mark: " + text);
            }
        }));
    }

    /**
     * Thai, Khmer and Burmese write no spaces between words: their lines break between words, as
     * ICU's dictionaries find them, never inside one; the lines are poppler's.
     */
    @TestFactory
    Stream<DynamicTest> linesWithoutSpacesBreakBetweenWords() {
        return Stream.of("udhr-th.md", "udhr-km.md", "udhr-my.md").map(name -> DynamicTest.dynamicTest(name, () -> {
            Path fixture = Path.of("fixtures", name);
            Renderer.Result result = ReadingOrderTest.render(fixture);
            String[] lines = pdftotext(result.pdf(), fixture).split("\n");
            String lang = result.document().meta().lang();
            List<String> blocks = ExpectedText.blocks(result.document()).stream().map(WorldScriptsTest::comparable).toList();
            int checked = 0;
            for (int i = 0; i + 1 < lines.length; i++) {
                String before = comparable(lines[i]);
                String after = comparable(lines[i + 1]);
                if (before.isEmpty() || after.isEmpty() || !inScript(before.codePointBefore(before.length()))
                        || !inScript(after.codePointAt(0))) {
                    continue;
                }
                // The break, with the letters around it, as one word sequence: the break must be a word boundary.
                String joined = lastWords(before) + firstWords(after);
                if (blocks.stream().noneMatch(block -> block.contains(joined))) {
                    continue; // a break between two blocks (a heading and its paragraph), or a reading poppler garbled
                }
                int at = lastWords(before).length();
                BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(lang));
                words.setText(joined);
                assertTrue(words.isBoundary(at), "line break inside a word: " + joined.substring(0, at) + " | " + joined.substring(at));
                checked++;
            }
            assertTrue(checked > 0, "no line break between two words of the script was found");
        }));
    }

    private static boolean inScript(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.THAI || script == UScript.KHMER || script == UScript.MYANMAR;
    }

    private static String lastWords(String line) {
        return line.substring(Math.max(0, line.length() - 12));
    }

    private static String firstWords(String line) {
        return line.substring(0, Math.min(line.length(), 12));
    }

    /**
     * Text as two readers can agree on it: NFKC (as pdf.js normalizes), without white space and
     * format characters (bidi marks that poppler adds, word joiners and soft hyphens).
     */
    static String comparable(String text) {
        return comparable(text, false);
    }

    /**
     * The same, and with {@code withoutMarks} without non-spacing marks: poppler orders glyphs by
     * their position, and puts a mark drawn past the next letter's origin (as Thai fonts draw some)
     * after that letter; pdf.js reads a mark over a right-to-left line's last letter with the line
     * before. The structure tree, which {@link ReadingOrderTest} reads, has every mark in place.
     */
    static String comparable(String text, boolean withoutMarks) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        normal.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.FORMAT
                && !(withoutMarks && Character.getType(cp) == Character.NON_SPACING_MARK)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** True for text with a right-to-left letter. */
    static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /** Poppler's text of the pages above their footers (artifacts that pdftotext cannot tell apart), which end 80 pt up. */
    static String pdftotext(byte[] pdf, Path fixture) throws IOException, InterruptedException {
        Path file = Files.createTempFile(fixture.getFileName().toString(), ".pdf");
        try {
            Files.write(file, pdf);
            float height = PageMarks.read(pdf).get(0).height();
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-y", "0", "-H",
                    String.valueOf((int) height - 80), "-W", "1000", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, out);
            return out;
        } finally {
            Files.delete(file);
        }
    }

    /** Words of the fixture's body, without punctuation, and without those that fall back to another face. */
    private static List<String> sampleWords(Path fixture, int count) throws IOException {
        String body = Files.readString(fixture).split("\n---\n", 2)[1];
        Set<String> words = new LinkedHashSet<>();
        for (String token : body.split("[\\s\\p{P}\\p{S}\\d]+")) {
            if (token.codePointCount(0, token.length()) > 1 && words.size() < count && !token.startsWith("\\")) {
                words.add(token);
            }
        }
        return new ArrayList<>(words);
    }

    /** {@code hb-shape}'s glyphs for {@code word} in {@code face}'s font file: id, cluster, x offset, y offset, advance. */
    private static List<int[]> hbShape(Face face, String word) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names", "--cluster-level=1",
                "--language=" + Locale.ROOT.toLanguageTag(), face.resource().replaceFirst("^/", ""), word)
                .redirectErrorStream(true).start();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, json);
        List<int[]> glyphs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\{\"g\":(\\d+),\"cl\":(\\d+),\"dx\":(-?\\d+),\"dy\":(-?\\d+),\"ax\":(-?\\d+)").matcher(json);
        while (m.find()) {
            glyphs.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))});
        }
        return glyphs;
    }
}
