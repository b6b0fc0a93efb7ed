package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.handout.font.Face;
import org.handout.font.FontLibrary;
import org.handout.font.GlyphRun;
import org.handout.i18n.Scripts;
import org.handout.model.SourcePos;

/**
 * A paragraph's text shaped into glyph runs. Faces are chosen per character from each face's
 * cmap (the style's face first, then the fallbacks); each stretch of one segment, one face and one
 * direction is shaped as a whole by its face (see {@link Face#shape}), so ligatures, conjuncts,
 * joining forms, marks and kerning are the engine's. Per code point it keeps the width of the
 * cluster that starts there, which is all line breaking needs: lines break only between clusters.
 */
final class ShapedText {
    static final int REPLACEMENT = 0xFFFD;

    /** One shaped stretch: code points [start, end), and for each of its glyphs the code point its cluster starts at. */
    record Run(int start, int end, Face face, boolean rightToLeft, GlyphRun glyphs, int[] clusterStart) {}

    final String text;
    final int length;
    final int[] charIndex;
    final int[] codePoint;
    final int[] segment;
    /** The face drawing each code point; null for line feeds and control characters, which draw nothing. */
    final Face[] face;
    /** The width of the cluster starting at each code point, in points; 0 inside a cluster. */
    final float[] advance;
    /** False for a code point inside a cluster, where no line may break. */
    final boolean[] breakable;
    /** For a character drawn as a replacement mark, the character itself. */
    final String[] replaced;
    final List<Segment> segments;
    final List<Run> runs = new ArrayList<>();
    /** The run of each code point, or -1. */
    final int[] runOf;
    /** Bidi embedding level of every code point, or null for text with no right-to-left character. */
    byte[] levels;
    boolean rightToLeft;

    private ShapedText(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
        this.length = text.codePointCount(0, text.length());
        this.charIndex = new int[length + 1];
        this.codePoint = new int[length];
        this.segment = new int[length];
        this.face = new Face[length];
        this.advance = new float[length];
        this.breakable = new boolean[length + 1];
        this.replaced = new String[length];
        this.runOf = new int[length];
    }

    static ShapedText shape(List<Segment> segments, LayoutContext context, SourcePos pos) {
        StringBuilder all = new StringBuilder();
        for (Segment s : segments) {
            all.append(s.text());
        }
        ShapedText shaped = new ShapedText(all.toString(), segments);
        Set<Integer> missing = new LinkedHashSet<>();
        shaped.chooseFaces(context.lang(), missing);
        if (!missing.isEmpty()) {
            context.missingGlyphs(missing, pos);
        }
        shaped.bidi();
        shaped.shapeRuns();
        return shaped;
    }

    private void chooseFaces(String lang, Set<Integer> missing) {
        int i = 0;
        int base = 0;
        for (int s = 0; s < segments.size(); s++) {
            Face preferred = segments.get(s).style().preferredFace();
            String t = segments.get(s).text();
            for (int c = 0; c < t.length(); ) {
                int cp = t.codePointAt(c);
                charIndex[i] = base + c;
                codePoint[i] = cp;
                segment[i] = s;
                if (invisible(cp)) {
                    // Joiners, selectors and soft hyphens go to the shaper with their neighbours, which they act on.
                    face[i] = i > 0 && alike(segment[i - 1], s) ? face[i - 1] : null;
                } else if (!drawsNothing(cp)) {
                    Face chosen = keepsFace(i, s, cp) ? face[i - 1] : FontLibrary.faceFor(cp, preferred, lang);
                    if (chosen == null) {
                        missing.add(cp);
                        chosen = FontLibrary.faceFor(REPLACEMENT, preferred, lang);
                        replaced[i] = new String(Character.toChars(cp));
                    }
                    face[i] = chosen;
                    for (int back = i - 1; back >= 0 && face[back] == null && invisible(codePoint[back])
                            && alike(segment[back], s); back--) {
                        face[back] = chosen;
                    }
                    moveClusterTo(i, chosen);
                }
                c += Character.charCount(cp);
                i++;
            }
            base += t.length();
        }
        charIndex[length] = text.length();
    }

    /**
     * Spaces, punctuation, digits and combining marks, which belong to no one script, stay in the
     * face of the text before them when it has them, as browsers keep them: a mark stays with its
     * letter, and a sentence in another script is one run, shaped whole, instead of a run per word.
     */
    private boolean keepsFace(int i, int segmentIndex, int cp) {
        if (i == 0 || !alike(segment[i - 1], segmentIndex) || face[i - 1] == null || replaced[i - 1] != null) {
            return false;
        }
        return ofNoScript(cp) && (face[i - 1].covers(cp) || composesInto(face[i - 1], i));
    }

    /**
     * Which code points below U+0300 belong to no one script (Common or Inherited in Unicode's script data), as
     * inclusive ranges, looked up in a table since every character asks. There and in general punctuation the answer
     * is written here, and NoScriptTest holds it to ICU's for every code point: plain text with curly quotes and
     * dashes then loads neither ICU's character properties (about 25 ms of a cold start) nor the JDK's script tables
     * (2-3 ms).
     */
    private static final int[] NO_SCRIPT_RANGES_BELOW_300 = {0x00, 0x40, 0x5B, 0x60, 0x7B, 0xA9, 0xAB, 0xB9, 0xBB, 0xBF,
        0xD7, 0xD7, 0xF7, 0xF7, 0x2B9, 0x2DF, 0x2E5, 0x2E9, 0x2EC, 0x2FF};
    private static final boolean[] NO_SCRIPT_BELOW_300 = new boolean[0x300];

    static {
        for (int r = 0; r < NO_SCRIPT_RANGES_BELOW_300.length; r += 2) {
            Arrays.fill(NO_SCRIPT_BELOW_300, NO_SCRIPT_RANGES_BELOW_300[r], NO_SCRIPT_RANGES_BELOW_300[r + 1] + 1, true);
        }
    }

    static boolean ofNoScript(int cp) {
        if (cp < NO_SCRIPT_BELOW_300.length) {
            return NO_SCRIPT_BELOW_300[cp];
        }
        if (cp >= 0x2000 && cp < 0x2070) {
            // General punctuation is all Common or Inherited but U+2065, which is unassigned.
            return cp != 0x2065;
        }
        return scriptless(cp);
    }

    private static boolean scriptless(int cp) {
        int script = com.ibm.icu.lang.UScript.getScript(cp);
        return script == com.ibm.icu.lang.UScript.COMMON || script == com.ibm.icu.lang.UScript.INHERITED;
    }

    /**
     * A combining mark that its letter's face lacks takes the letter (and the marks between) into
     * its own face when that face has them all: a letter and its marks are shaped together, or the
     * marks land on nothing ("nhậ n").
     */
    private void moveClusterTo(int i, Face chosen) {
        if (i == 0 || Character.getType(codePoint[i]) != Character.NON_SPACING_MARK || face[i - 1] == chosen
                || replaced[i] != null) {
            return;
        }
        int base = i - 1;
        while (base > 0 && Character.getType(codePoint[base]) == Character.NON_SPACING_MARK) {
            base--;
        }
        for (int k = base; k < i; k++) {
            if (face[k] == null || replaced[k] != null || !alike(segment[k], segment[i]) || !chosen.covers(codePoint[k])) {
                return;
            }
        }
        for (int k = base; k < i; k++) {
            face[k] = chosen;
        }
    }

    /**
     * Whether the combining mark at {@code i} and the letter and marks before it make one character
     * that {@code face} has ("a" + U+0302 + U+0323 is "ậ"): the shaper then draws that character.
     */
    private boolean composesInto(Face face, int i) {
        int base = i - 1;
        while (base > 0 && Character.getType(codePoint[base]) == Character.NON_SPACING_MARK) {
            base--;
        }
        String composed = java.text.Normalizer.normalize(text.substring(charIndex[base], charIndex[i] + Character.charCount(codePoint[i])),
                java.text.Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length()) == 1 && face.covers(composed.codePointAt(0));
    }

    /** Runs the Unicode bidi algorithm when the text needs it. */
    private void bidi() {
        if (Scripts.allPlain(text) || !com.ibm.icu.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return;
        }
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(text, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        rightToLeft = (bidi.getParaLevel() & 1) == 1;
        levels = new byte[length];
        for (int i = 0; i < length; i++) {
            levels[i] = bidi.getLevelAt(charIndex[i]);
        }
    }

    boolean isRightToLeft(int i) {
        return levels != null && (levels[i] & 1) == 1;
    }

    private void shapeRuns() {
        java.util.Arrays.fill(runOf, -1);
        java.util.Arrays.fill(breakable, true);
        int i = 0;
        while (i < length) {
            if (face[i] == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && face[end] == face[i] && alike(segment[end - 1], segment[end])
                    && isRightToLeft(end) == isRightToLeft(i) && replaced[end] == null && replaced[i] == null) {
                end++;
            }
            shapeRun(i, end);
            i = end;
        }
    }

    private void shapeRun(int start, int end) {
        StringBuilder runText = new StringBuilder();
        for (int i = start; i < end; i++) {
            runText.appendCodePoint(replaced[i] != null ? REPLACEMENT : codePoint[i]);
        }
        boolean rtl = isRightToLeft(start);
        GlyphRun glyphs = face[start].shape(runText.toString(), rtl);
        float scale = segmentAt(start).style().size() / 1000f;
        // Chars of the run text (replacement marks are one char) back to code points.
        int[] cpOfChar = new int[runText.length() + 1];
        for (int i = start, c = 0; i < end; i++) {
            int chars = Character.charCount(runText.codePointAt(c));
            for (int k = 0; k < chars; k++) {
                cpOfChar[c + k] = i;
            }
            c += chars;
        }
        cpOfChar[runText.length()] = end;
        int[] clusterStart = new int[glyphs.size()];
        boolean[] starts = new boolean[end - start + 1];
        for (int g = 0; g < glyphs.size(); g++) {
            clusterStart[g] = cpOfChar[glyphs.cluster()[g]];
            starts[clusterStart[g] - start] = true;
        }
        starts[0] = true;
        starts[end - start] = true;
        // Code points between one cluster's start and the next belong to it: no break there.
        boolean inside = false;
        for (int i = start; i < end; i++) {
            runOf[i] = runs.size();
            if (starts[i - start]) {
                inside = true;
            } else if (inside) {
                breakable[i] = false;
            }
        }
        for (int g = 0; g < glyphs.size(); ) {
            int next = g + 1;
            while (next < glyphs.size() && clusterStart[next] == clusterStart[g]) {
                next++;
            }
            float to = next < glyphs.size() ? glyphs.x()[next] : glyphs.width();
            advance[clusterStart[g]] += (to - glyphs.x()[g]) * scale;
            g = next;
        }
        runs.add(new Run(start, end, face[start], rtl, glyphs, clusterStart));
    }

    /**
     * Whether text may be shaped on from segment {@code a} into {@code b}: the same look and the
     * same structure element, and no destination starting at {@code b}. The reader splits text
     * into several segments for reasons a shaper must not see, such as an escaped character.
     */
    private boolean alike(int a, int b) {
        if (a == b) {
            return true;
        }
        Segment first = segments.get(a);
        Segment second = segments.get(b);
        return first.style().equals(second.style()) && first.owner() == second.owner()
                && java.util.Objects.equals(first.uri(), second.uri())
                && java.util.Objects.equals(first.anchor(), second.anchor()) && second.id() == null;
    }

    /** Format characters and variation selectors: no glyph of their own, but they steer the shaping of their neighbours. */
    static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Line feeds and control characters: nothing to draw and nothing to shape. */
    static boolean drawsNothing(int cp) {
        return Character.getType(cp) == Character.CONTROL;
    }

    boolean isSpace(int i) {
        return codePoint[i] == ' ' || codePoint[i] == '\t';
    }

    /** The width of code points [from, to), by running sums: a long paragraph asks for it at every line and cluster. */
    float width(int from, int to) {
        double[] sums = runningWidths;
        if (sums == null) {
            sums = new double[length + 1];
            for (int i = 0; i < length; i++) {
                sums[i + 1] = sums[i] + advance[i];
            }
            runningWidths = sums;
        }
        return (float) (sums[to] - sums[from]);
    }

    /** {@code runningWidths[i]}: the width of code points [0, i), made on first use, once the advances are final. */
    private double[] runningWidths;

    Segment segmentAt(int i) {
        return segments.get(segment[i]);
    }
}
