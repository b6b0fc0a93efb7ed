package org.handout.pdf.layout;

import java.util.Objects;

import com.ibm.icu.lang.UScript;
import org.handout.i18n.Scripts;

/**
 * A word that a line break cuts in two (at a soft hyphen, after a slash or a hyphen in an address,
 * or inside a word too long for the line), seen from one line. A reader that takes every line end
 * for a space would read its halves as two words ("Vollkorn produkten"), and poppler drops a
 * hyphen it finds at a line's end ("path-segment" read as "pathsegment"). So the glyphs say the
 * word whole, as the glyphs of one cluster do: the last letter before the break also says the rest
 * of the word, and the letters after the break say nothing (a word joiner). That reaches every
 * reader: pdf.js (Firefox) and copied text read glyphs only, poppler and the structure tree too.
 * Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) break between words, and
 * right-to-left text already carries its own replacement text: neither is joined.
 */
final class BrokenWord {
    static final BrokenWord NONE = new BrokenWord(-1, false, -1, "");

    /** Where the half that this line starts with ends, or -1. */
    private final int continuationEnd;
    /** True when that half ends at a space (not at a link's edge) before the line ends. */
    private final boolean spaceAfterContinuation;
    /** The last letter of the half that ends this line, whose glyph also says the rest of the word; or -1. */
    private final int lastLetter;
    /** The rest of the word, on the lines after this one. */
    private final String rest;

    private BrokenWord(int continuationEnd, boolean spaceAfterContinuation, int lastLetter, String rest) {
        this.continuationEnd = continuationEnd;
        this.spaceAfterContinuation = spaceAfterContinuation;
        this.lastLetter = lastLetter;
        this.rest = rest;
    }

    int continuationEnd() {
        return continuationEnd;
    }

    /** The broken words of the line [from, to) of {@code shaped}, whose text ends at {@code end} (before trailing spaces). */
    static BrokenWord of(ShapedText shaped, int from, int end, int to) {
        int continuationEnd = -1;
        if (from > 0 && joins(shaped, from - 1, from)) {
            continuationEnd = wordEnd(shaped, from);
            if (continuationEnd >= end) {
                // A word longer than the line: all of this line belongs to the half before it.
                return new BrokenWord(end, false, -1, "");
            }
        }
        if (end == to && to < shaped.length && end > from && joins(shaped, end - 1, end)) {
            int lastLetter = end - 1;
            while (lastLetter > from && ShapedText.invisible(shaped.codePoint[lastLetter])) {
                lastLetter--;
            }
            return new BrokenWord(continuationEnd, spaceAt(shaped, continuationEnd), lastLetter,
                    TextPainter.visible(shaped, end, wordEnd(shaped, end)));
        }
        return new BrokenWord(continuationEnd, spaceAt(shaped, continuationEnd), -1, "");
    }

    /** True when a space is at {@code i} (a word ends there, not at a link's edge). */
    private static boolean spaceAt(ShapedText shaped, int i) {
        return i >= 0 && i < shaped.length && isSpace(shaped, i);
    }

    /** True for a piece of the half that this line starts with, whose glyphs say nothing. */
    boolean continues(int from) {
        return from < continuationEnd;
    }

    /**
     * What the glyph of the cluster [clusterStart, clusterEnd) says, given that it would say
     * {@code text}: the rest of the word too after the break's last letter; after the break,
     * nothing, but the half's last letter says the space that follows it (pdf.js finds no gap
     * after glyphs that say nothing, and ran "acting insulin" together).
     */
    String glyphText(int clusterStart, int clusterEnd, String text) {
        if (continues(clusterStart)) {
            boolean last = clusterEnd >= continuationEnd && spaceAfterContinuation;
            // A glyph that says a space alone is skipped by pdf.js: the space rides on a word joiner.
            return last || text.endsWith(" ") ? TextPainter.SILENT + " " : TextPainter.SILENT;
        }
        if (clusterStart <= lastLetter && lastLetter < clusterEnd) {
            return text + rest;
        }
        return text;
    }

    /** True when the text runs on from {@code before} to {@code after} inside one word. */
    private static boolean joins(ShapedText shaped, int before, int after) {
        int previous = before;
        while (previous > 0 && shaped.codePoint[previous] == 0xAD) {
            previous--;
        }
        return !isSpace(shaped, before) && !isSpace(shaped, after) && writtenWithSpaces(shaped.codePoint[previous])
                && writtenWithSpaces(shaped.codePoint[after]) && !shaped.isRightToLeft(previous) && !shaped.isRightToLeft(after);
    }

    /**
     * Where the word at {@code from} ends: at a space, or where it enters or leaves a link, since the
     * glyphs' texts must not move a link's words out of its element or other words into it.
     */
    private static int wordEnd(ShapedText shaped, int from) {
        Segment first = shaped.segmentAt(from);
        int end = from;
        while (end < shaped.length && !isSpace(shaped, end) && sameLink(first, shaped.segmentAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean sameLink(Segment a, Segment b) {
        return Objects.equals(a.uri(), b.uri()) && Objects.equals(a.anchor(), b.anchor());
    }

    /** Spaces, a hard break, the zero-width space and the Ethiopic wordspace end a word. */
    private static boolean isSpace(ShapedText shaped, int i) {
        int cp = shaped.codePoint[i];
        return shaped.isSpace(i) || cp == '\n' || Character.isWhitespace(cp) || cp == 0x200B || cp == 0x1361;
    }

    private static boolean writtenWithSpaces(int codePoint) {
        if (Scripts.plain(codePoint)) {
            return true;
        }
        int script = UScript.getScript(codePoint);
        return script != UScript.HAN && script != UScript.HIRAGANA && script != UScript.KATAKANA && script != UScript.THAI
                && script != UScript.LAO && script != UScript.KHMER && script != UScript.MYANMAR;
    }
}
