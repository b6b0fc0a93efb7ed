package org.handout.pdf.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Greedy line filling over the break opportunities of Unicode line breaking (UAX #14, via ICU):
 * no break at NBSP or narrow NBSP, a break allowed after a soft hyphen (which then shows), a
 * forced break at a line feed. A word wider than the line is broken between characters so that
 * nothing crosses the margin.
 */
final class LineBreaker {
    private LineBreaker() {}

    static List<Line> breakLines(ShapedText shaped, float width, String lang) {
        return breakLines(shaped, width, opportunities(shaped, lang));
    }

    /** Fills lines over the given break positions (those of {@link #opportunities}, or a subset of them). */
    static List<Line> breakLines(ShapedText shaped, float width, int[] opportunities) {
        List<Line> lines = new ArrayList<>();
        if (shaped.length == 0) {
            return lines;
        }
        int lineStart = 0;
        int lastFit = -1;
        for (int k = 0; k < opportunities.length; k++) {
            int candidate = opportunities[k];
            if (candidate <= lineStart) {
                continue;
            }
            float w = contentWidth(shaped, lineStart, candidate);
            if (w > width && lastFit > lineStart) {
                lines.add(line(shaped, lineStart, lastFit));
                lineStart = lastFit;
                k--;
                lastFit = -1;
                continue;
            }
            if (w > width) {
                lineStart = splitLongWord(shaped, lineStart, candidate, width, lines);
                k--;
                continue;
            }
            lastFit = candidate;
            if (shaped.codePoint[candidate - 1] == '\n' || candidate == shaped.length) {
                lines.add(line(shaped, lineStart, candidate));
                lineStart = candidate;
                lastFit = -1;
            }
        }
        return lines;
    }

    /** Line iterators by language, per thread: making one parses the tag and clones ICU's rules each time. */
    private static final ThreadLocal<Map<String, BreakIterator>> ITERATORS = new ThreadLocal<>() {
        @Override
        protected Map<String, BreakIterator> initialValue() {
            return new HashMap<>();
        }
    };

    /**
     * ICU's root line rules, the ones its factory picks for every language but Chinese, Japanese and Korean (the
     * only ones ICU tailors). Read straight from ICU's data, they skip its locale service and resource bundles:
     * about 20 ms of a cold start. Null if this ICU keeps them elsewhere; its factory then serves every language.
     */
    static final String ROOT_LINE_RULES = "/com/ibm/icu/impl/data/icudata/brkitr/line.brk";
    private static final Set<String> TAILORED = Set.of("ja", "ko", "zh", "yue", "cmn", "wuu", "hak", "nan", "gan",
            "hsn", "lzh", "cjy", "cpx", "czh", "czo", "mnp");

    static BreakIterator lineIterator(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT);
        int end = tag.indexOf('-');
        if (!tag.contains("-u-") && !TAILORED.contains(end < 0 ? tag : tag.substring(0, end))) {
            try (InputStream rules = LineBreaker.class.getResourceAsStream(ROOT_LINE_RULES)) {
                if (rules != null) {
                    return RuleBasedBreakIterator.getInstanceFromCompiledRules(rules);
                }
            } catch (IOException e) {
                // Unreadable here: ICU's factory reads its own data below.
            }
        }
        return BreakIterator.getLineInstance(ULocale.forLanguageTag(strictForJapanese(lang)));
    }

    /** The widest stretch of text between the given break positions: a table column's minimum width. */
    static float longestUnbreakable(ShapedText shaped, int[] opportunities) {
        float longest = 0;
        int start = 0;
        for (int end : opportunities) {
            longest = Math.max(longest, contentWidth(shaped, start, end));
            start = end;
        }
        return longest;
    }

    /** Break positions as code point indices, in order, ending with the text's length. */
    static int[] opportunities(ShapedText shaped, String lang) {
        Map<String, BreakIterator> iterators = ITERATORS.get();
        BreakIterator iterator = iterators.get(lang);
        if (iterator == null) {
            iterator = lineIterator(lang);
            iterators.put(lang, iterator);
        }
        iterator.setText(shaped.text);
        List<Integer> out = new ArrayList<>();
        int cp = 0;
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            while (cp < shaped.length && shaped.charIndex[cp] < b) {
                cp++;
            }
            if (shaped.breakable[cp]) {
                out.add(cp);
            }
        }
        int[] breaks = new int[out.size()];
        for (int i = 0; i < breaks.length; i++) {
            breaks[i] = out.get(i);
        }
        return breaks;
    }

    /**
     * Japanese is broken by ICU's strict rules, as JIS X 4051 sets it: no line starts with a small
     * kana or a prolonged sound mark (ICU's rules for Japanese would otherwise allow it).
     */
    private static String strictForJapanese(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT);
        return (tag.equals("ja") || tag.startsWith("ja-")) && !tag.contains("-u-") ? lang + "-u-lb-strict" : lang;
    }

    /** Width of [from, to) without trailing spaces and line feeds, plus a hyphen if one would show. */
    private static float contentWidth(ShapedText shaped, int from, int to) {
        int end = trimmedEnd(shaped, from, to);
        float w = shaped.width(from, end);
        if (end > from && shaped.codePoint[end - 1] == 0xAD) {
            w += hyphenWidth(shaped, end - 1);
        }
        return w;
    }

    /** The end of [from, to) without the spaces and line feeds it ends with. */
    static int trimmedEnd(ShapedText shaped, int from, int to) {
        int end = to;
        while (end > from && (shaped.isSpace(end - 1) || shaped.codePoint[end - 1] == '\n')) {
            end--;
        }
        return end;
    }

    static float hyphenWidth(ShapedText shaped, int i) {
        TextStyle style = shaped.segmentAt(i).style();
        var face = style.preferredFace();
        return face.advance(face.glyph('-')) * style.size() / 1000f;
    }

    /** The line of code points [from, to): its width, size and the room its faces need. */
    static Line line(ShapedText shaped, int from, int to) {
        int end = trimmedEnd(shaped, from, to);
        boolean hyphen = end > from && shaped.codePoint[end - 1] == 0xAD;
        float size = 0;
        float ascent = 0;
        float descent = 0;
        for (int i = from; i < to; i++) {
            float glyphSize = shaped.segmentAt(i).style().size();
            size = Math.max(size, glyphSize);
            if (shaped.face[i] != null) {
                ascent = Math.max(ascent, shaped.face[i].metrics().ascent() * glyphSize / 1000);
                descent = Math.max(descent, -shaped.face[i].metrics().descent() * glyphSize / 1000);
            }
        }
        return new Line(from, to, contentWidth(shaped, from, to), size, hyphen, ascent, descent);
    }

    /** Emits full lines of a word too wide for any line; returns where the rest starts. */
    private static int splitLongWord(ShapedText shaped, int from, int to, float width, List<Line> lines) {
        float w = 0;
        int i = from;
        int end = from;
        while (i < to && (w + shaped.advance[i] <= width || i == from)) {
            w += shaped.advance[i];
            i++;
            if (shaped.breakable[i]) {
                end = i;
            }
        }
        if (end == from) {
            // Not even one cluster fits: it overhangs rather than being torn apart.
            end = i;
            while (end < to && !shaped.breakable[end]) {
                end++;
            }
        }
        lines.add(line(shaped, from, end));
        return end;
    }
}
