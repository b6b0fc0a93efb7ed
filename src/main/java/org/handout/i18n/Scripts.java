package org.handout.i18n;

import java.util.Locale;
import java.util.Set;

import com.ibm.icu.util.ULocale;

/** Facts about writing systems that both the transforms and the layout need. */
public final class Scripts {
    /** Hebrew, at U+0590, is the first right-to-left script in Unicode; no character before it is right to left. */
    public static final char FIRST_RIGHT_TO_LEFT = '\u0590';

    /**
     * Languages written left to right in every region (held to ICU by ScriptsTest): a tag of one of them, alone or
     * with a region, is answered without ICU's likely-subtags data, which costs a cold start about 20 ms.
     */
    static final Set<String> LEFT_TO_RIGHT = Set.of("af", "am", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el",
            "en", "es", "et", "eu", "fi", "fil", "fr", "ga", "gl", "gu", "hi", "hr", "hu", "hy", "id", "is", "it", "ja",
            "ka", "km", "kn", "ko", "lo", "lt", "lv", "mk", "ml", "mr", "my", "nb", "ne", "nl", "nn", "no", "pl", "pt",
            "ro", "ru", "si", "sk", "sl", "sq", "sv", "sw", "ta", "te", "th", "ti", "tl", "tr", "uk", "vi", "zh", "zu");

    private Scripts() {}

    /**
     * True for a character that needs no script or bidi analysis: one before U+0590 (where no script is right to left,
     * needs its own face or is written without spaces), or general punctuation other than the directional marks,
     * embeddings and isolates. Curly quotes and dashes are so; most text is so, and skips ICU's character data.
     */
    public static boolean plain(int c) {
        return c < FIRST_RIGHT_TO_LEFT || c >= 0x2000 && c < 0x2070 && !(c >= 0x200e && c <= 0x200f)
                && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069);
    }

    /** True when every char is {@link #plain}. */
    public static boolean allPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!plain(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For {@link #allPlain} text, whether a letter in it gives it a direction (left to right): the JDK's bidi data,
     * where Unicode counts a code point it has not assigned yet before U+0590 as left to right.
     */
    public static boolean hasLeftToRightLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                    || direction == Character.DIRECTIONALITY_UNDEFINED && text.charAt(i) < FIRST_RIGHT_TO_LEFT) {
                return true;
            }
        }
        return false;
    }

    /** True for a language tag written right to left: its script's direction, or its likely script's. */
    public static boolean rightToLeft(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        String rest = dash < 0 ? "" : tag.substring(dash + 1);
        if (LEFT_TO_RIGHT.contains(dash < 0 ? tag : tag.substring(0, dash))
                && (rest.isEmpty() || isRegion(rest))) {
            return false;
        }
        return ULocale.forLanguageTag(lang).isRightToLeft();
    }

    /** A region subtag in lower case: two letters or three digits. */
    private static boolean isRegion(String subtag) {
        boolean letters = subtag.length() == 2;
        boolean digits = subtag.length() == 3;
        for (int i = 0; i < subtag.length(); i++) {
            char c = subtag.charAt(i);
            letters &= c >= 'a' && c <= 'z';
            digits &= c >= '0' && c <= '9';
        }
        return letters || digits;
    }
}
