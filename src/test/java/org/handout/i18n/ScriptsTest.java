package org.handout.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/** The direction of a language tag, answered without ICU for the usual languages, is ICU's. */
class ScriptsTest {

    @Test
    void leftToRightLanguagesAreSoInEveryRegion() {
        List<String> regions = new ArrayList<>(List.of(ULocale.getISOCountries()));
        regions.addAll(List.of("001", "150", "419"));
        for (String language : Scripts.LEFT_TO_RIGHT) {
            assertFalse(ULocale.forLanguageTag(language).isRightToLeft(), language);
            for (String region : regions) {
                String tag = language + "-" + region;
                assertFalse(ULocale.forLanguageTag(tag).isRightToLeft(), tag);
            }
        }
    }

    /** Plain characters skip ICU's script and bidi data: none is right to left, needs a script face or breaks words. */
    @Test
    void plainCharactersNeedNoScriptOrBidiAnalysis() {
        Set<Integer> scripted = Set.of(UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA, UScript.NKO,
                UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.TAMIL, UScript.THAI,
                UScript.LAO, UScript.KHMER, UScript.MYANMAR, UScript.ETHIOPIC, UScript.HAN, UScript.HIRAGANA,
                UScript.KATAKANA);
        for (int c = 0; c < 0x10000; c++) {
            if (!Scripts.plain(c)) {
                continue;
            }
            String text = String.valueOf((char) c);
            assertFalse(Bidi.requiresBidi(text.toCharArray(), 0, 1), Integer.toHexString(c));
            assertFalse(scripted.contains(UScript.getScript(c)), Integer.toHexString(c));
            assertEquals(Bidi.getBaseDirection(text) == Bidi.LTR, Scripts.hasLeftToRightLetter(text), Integer.toHexString(c));
        }
    }

    @Test
    void otherTagsAskIcu() {
        for (String tag : List.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "pa-Arab", "pa-PK", "az-IR",
                "ms-Arab", "uz-AF", "sr-Latn", "en", "en-US", "EN-us", "de-AT", "pa", "az", "sd", "ku", "und")) {
            assertEquals(ULocale.forLanguageTag(tag).isRightToLeft(), Scripts.rightToLeft(tag), tag);
        }
        assertTrue(Scripts.rightToLeft("pa-PK"));
        assertTrue(Scripts.rightToLeft("en-Arab-US"), "a script subtag decides over the language");
    }
}
