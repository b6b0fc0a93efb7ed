package org.handout.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a list of words: runs of letters, marks and digits, compatibility-normalised (so that a
 * ligature glyph's text or a full-width digit counts as what it stands for) and without soft
 * hyphens, zero-width spaces and joiners (ZWNJ, ZWJ: they steer the shaping of Persian or Bengali
 * letters, and a reader does not hear them). Punctuation is no word.
 */
final class Words {
    /**
     * Letters (with their marks), or digits: a number raised against its word ("depression¹") is
     * text beside it, not a new word.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+");

    private Words() {}

    static List<String> of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
