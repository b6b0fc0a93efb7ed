package org.handout.pdf.layout;

import java.util.IdentityHashMap;
import java.util.Map;

import com.ibm.icu.lang.UScript;

/**
 * A word that a line break cuts in two (at a soft hyphen, after a slash or a hyphen in an address,
 * or inside a word too long for the line), seen from one line. A reader that takes every line end
 * for a space would read its halves as two words ("Vollkorn produkten"), and poppler drops a
 * hyphen it finds at a line's end ("path-segment" read as "pathsegment"): so the half that ends a
 * line is a Span whose /ActualText is the whole word, and the half that starts the next line a Span
 * whose /ActualText is empty. Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)
 * break between words, and right-to-left text already carries its own replacement text: neither
 * is joined.
 */
final class BrokenWord {
    static final BrokenWord NONE = new BrokenWord(-1, -1, null);

    /** Where the half that this line starts with ends, or -1. */
    private final int continuationEnd;
    /** Where the half that ends this line starts, or -1. */
    private final int start;
    /** The whole word, for that half's /ActualText. */
    private final String word;
    /** Spans by owner, so that the pieces of one half with one owner share one element. */
    private final Map<Tag, Tag> spans = new IdentityHashMap<>();

    private BrokenWord(int continuationEnd, int start, String word) {
        this.continuationEnd = continuationEnd;
        this.start = start;
        this.word = word;
    }

    int continuationEnd() {
        return continuationEnd;
    }

    int start() {
        return start;
    }

    /** The broken words of the line [from, to) of {@code shaped}, whose text ends at {@code end} (before trailing spaces). */
    static BrokenWord of(ShapedText shaped, int from, int end, int to) {
        int continuationEnd = -1;
        if (from > 0 && joins(shaped, from - 1, from)) {
            continuationEnd = wordEnd(shaped, from);
            if (continuationEnd >= end) {
                // A word longer than the line: all of this line belongs to the half before it.
                return new BrokenWord(end, -1, null);
            }
        }
        if (end == to && to < shaped.length && end > from && joins(shaped, end - 1, end)) {
            int start = end;
            while (start > Math.max(from, continuationEnd) && !isSpace(shaped, start - 1)) {
                start--;
            }
            return new BrokenWord(continuationEnd, start, TextPainter.visible(shaped, start, wordEnd(shaped, end)));
        }
        return new BrokenWord(continuationEnd, -1, null);
    }

    /**
     * The Span that a piece starting at {@code from} belongs to, under its segment's owner, or null.
     * One Span per half, shared by its pieces: made on first use. A piece of the second half that
     * carries the line's closing space (a code line's hard break) says that space and nothing else.
     */
    Tag spanOf(int from, Segment segment, boolean carriesLineEndSpace) {
        if (segment.owner() == null) {
            return null;
        }
        if (from < continuationEnd && carriesLineEndSpace) {
            return new Tag("Span", segment.owner()).actualText(" ");
        }
        if (from < continuationEnd) {
            return spans.computeIfAbsent(segment.owner(), owner -> new Tag("Span", owner).actualText(""));
        }
        if (start >= 0 && from >= start) {
            return spans.computeIfAbsent(segment.owner(), owner -> new Tag("Span", owner).actualText(word));
        }
        return null;
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

    private static int wordEnd(ShapedText shaped, int from) {
        int end = from;
        while (end < shaped.length && !isSpace(shaped, end)) {
            end++;
        }
        return end;
    }

    private static boolean isSpace(ShapedText shaped, int i) {
        return shaped.isSpace(i) || shaped.codePoint[i] == '\n' || Character.isWhitespace(shaped.codePoint[i]);
    }

    private static boolean writtenWithSpaces(int codePoint) {
        int script = UScript.getScript(codePoint);
        return script != UScript.HAN && script != UScript.HIRAGANA && script != UScript.KATAKANA && script != UScript.THAI
                && script != UScript.LAO && script != UScript.KHMER && script != UScript.MYANMAR;
    }
}
