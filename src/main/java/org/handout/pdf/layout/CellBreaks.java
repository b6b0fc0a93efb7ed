package org.handout.pdf.layout;

import java.util.Arrays;

/**
 * Where a table cell's text may break: Unicode line breaking (UAX #14) minus the breaks that tear a
 * measurement or a short word apart. UAX #14 allows a break after every slash and hyphen, so a narrow
 * column shows "mmol/ mol", "µmol/ L" or "25-/ hydroxyvitamin D". In a cell, these breaks are dropped:
 * <ul>
 * <li>inside a word (a run without spaces) shorter than {@value #SHORT_WORD} characters, and within
 * {@value #WORD_EDGE} characters of either end of a longer one: units (mmol/mol, mL/min/1.73m²), compounds
 * (long-acting, 25-hydroxyvitamin);</li>
 * <li>between a word that ends in a digit and a short word after it: a number keeps its unit (48 mmol/mol,
 * 3.5–5.3 mmol/L, 2 tablets);</li>
 * <li>next to a word with no letter or digit (≥ 50, ± 0.2, high ↑) and before a word of one or two
 * characters (vitamin D, type 2).</li>
 * </ul>
 * A forced break (a hard line break) always stays. Column widths are measured over the same breaks, so a
 * column is never narrower than its longest unit unless the table cannot fit otherwise.
 */
final class CellBreaks {
    static final int SHORT_WORD = 16;
    static final int WORD_EDGE = 5;

    private CellBreaks() {}

    static int[] of(ShapedText shaped, String lang) {
        int[] all = LineBreaker.opportunities(shaped, lang);
        int[] kept = new int[all.length];
        int count = 0;
        for (int at : all) {
            if (at == shaped.length || shaped.codePoint[at - 1] == '\n' || allowed(shaped, at)) {
                kept[count++] = at;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static boolean allowed(ShapedText shaped, int at) {
        if (!space(shaped, at - 1)) {
            int start = wordStart(shaped, at - 1);
            int end = wordEnd(shaped, at);
            return end - start >= SHORT_WORD && at - start >= WORD_EDGE && end - at >= WORD_EDGE;
        }
        int beforeEnd = at - 1;
        while (beforeEnd > 0 && space(shaped, beforeEnd - 1)) {
            beforeEnd--;
        }
        if (beforeEnd == 0 || space(shaped, at)) {
            return true;
        }
        int beforeStart = wordStart(shaped, beforeEnd - 1);
        int afterEnd = wordEnd(shaped, at);
        boolean numberAndUnit = Character.isDigit(shaped.codePoint[beforeEnd - 1]) && afterEnd - at < SHORT_WORD;
        return !numberAndUnit && afterEnd - at > 2 && hasLetterOrDigit(shaped, beforeStart, beforeEnd)
                && hasLetterOrDigit(shaped, at, afterEnd);
    }

    private static boolean space(ShapedText shaped, int i) {
        return shaped.isSpace(i) || shaped.codePoint[i] == '\n';
    }

    private static int wordStart(ShapedText shaped, int i) {
        while (i > 0 && !space(shaped, i - 1)) {
            i--;
        }
        return i;
    }

    private static int wordEnd(ShapedText shaped, int i) {
        while (i < shaped.length && !space(shaped, i)) {
            i++;
        }
        return i;
    }

    private static boolean hasLetterOrDigit(ShapedText shaped, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(shaped.codePoint[i])) {
                return true;
            }
        }
        return false;
    }
}
