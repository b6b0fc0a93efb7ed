package org.handout.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode normal forms for comparing and naming text. Text that cannot change is returned as it is
 * without asking {@link Normalizer}, whose data costs a cold start about 15 ms: below U+0300, where
 * the combining marks begin, every string is already NFC; ASCII is already NFKD.
 */
public final class UnicodeForms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private UnicodeForms() {}

    /** The text in Normalization Form C. */
    public static String nfc(String text) {
        return below(text, 0x300) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The text in compatibility decomposition (NFKD) without its combining marks: "Café ﬁle" gives "Cafe file". */
    public static String withoutMarks(String text) {
        return below(text, 0x80) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    private static boolean below(String text, int limit) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }
}
