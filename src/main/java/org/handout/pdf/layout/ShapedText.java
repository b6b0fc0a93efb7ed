package org.handout.pdf.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.handout.font.Face;
import org.handout.font.FontLibrary;
import org.handout.i18n.Scripts;
import org.handout.model.SourcePos;

/**
 * A paragraph's text with a face, glyph and advance for every code point. Fonts are chosen per
 * character from each face's cmap: the style's face first, then the fallbacks. Invisible
 * characters (format controls, the soft hyphen, line feeds) get no glyph.
 */
final class ShapedText {
    static final int REPLACEMENT = 0xFFFD;

    final String text;
    final int length;
    final int[] charIndex;
    final int[] codePoint;
    final int[] segment;
    final Face[] face;
    final int[] gid;
    final float[] advance;
    /** For a character drawn as a replacement mark, the character itself. */
    final String[] replaced;
    final List<Segment> segments;
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
        this.gid = new int[length];
        this.advance = new float[length];
        this.replaced = new String[length];
    }

    static ShapedText shape(List<Segment> segments, LayoutContext context, SourcePos pos) {
        StringBuilder all = new StringBuilder();
        for (Segment s : segments) {
            all.append(s.text());
        }
        ShapedText shaped = new ShapedText(all.toString(), segments);
        Set<Integer> reported = new HashSet<>();
        int i = 0;
        int base = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            Face preferred = seg.style().preferredFace();
            float size = seg.style().size();
            String t = seg.text();
            for (int c = 0; c < t.length(); ) {
                int cp = t.codePointAt(c);
                shaped.charIndex[i] = base + c;
                shaped.codePoint[i] = cp;
                shaped.segment[i] = s;
                if (!invisible(cp)) {
                    Face face = FontLibrary.faceFor(cp, preferred);
                    if (face == null) {
                        if (reported.add(cp)) {
                            context.missingGlyph(cp, pos);
                        }
                        face = FontLibrary.faceFor(REPLACEMENT, preferred);
                        shaped.replaced[i] = new String(Character.toChars(cp));
                        shaped.gid[i] = face.glyph(REPLACEMENT);
                    } else {
                        shaped.gid[i] = face.glyph(cp);
                    }
                    shaped.face[i] = face;
                    shaped.advance[i] = face.advance(shaped.gid[i]) * size / 1000f;
                }
                c += Character.charCount(cp);
                i++;
            }
            base += t.length();
        }
        shaped.charIndex[shaped.length] = shaped.text.length();
        shaped.bidi();
        return shaped;
    }

    /** Runs the Unicode bidi algorithm when the text needs it, and measures joined Arabic forms. */
    private void bidi() {
        if (Scripts.allBeforeRightToLeft(text) || !com.ibm.icu.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return;
        }
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(text, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        rightToLeft = (bidi.getParaLevel() & 1) == 1;
        levels = new byte[length];
        for (int i = 0; i < length; i++) {
            levels[i] = bidi.getLevelAt(charIndex[i]);
        }
        int i = 0;
        while (i < length) {
            int end = i;
            while (end < length && needsShaping(end) && face[end] == face[i] && segment[end] == segment[i]) {
                end++;
            }
            if (end > i) {
                measureShaped(i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Arabic-script letters and marks join: their width is that of the shaped glyphs. */
    boolean needsShaping(int i) {
        return face[i] != null && levels != null && (levels[i] & 1) == 1
                && com.ibm.icu.lang.UScript.getScript(codePoint[i]) == com.ibm.icu.lang.UScript.ARABIC;
    }

    private void measureShaped(int from, int to) {
        Face.ShapedRun run = face[from].shapeRightToLeft(text.substring(charIndex[from], charIndex[to]));
        float size = segmentAt(from).style().size();
        for (int i = from; i < to; i++) {
            advance[i] = 0;
        }
        for (int g = 0; g < run.gids().length; g++) {
            int cp = from;
            while (cp + 1 < to && charIndex[cp + 1] - charIndex[from] <= run.charIndex()[g]) {
                cp++;
            }
            advance[cp] += run.advances()[g] * size / 1000f;
        }
    }

    /** Characters that take no space and need no glyph. */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return cp == '\n' || cp == 0xAD || type == Character.FORMAT || type == Character.CONTROL
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    boolean isSpace(int i) {
        return codePoint[i] == ' ' || codePoint[i] == '\t';
    }

    float width(int from, int to) {
        float w = 0;
        for (int i = from; i < to; i++) {
            w += advance[i];
        }
        return w;
    }

    Segment segmentAt(int i) {
        return segments.get(segment[i]);
    }
}
