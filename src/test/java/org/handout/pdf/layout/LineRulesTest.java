package org.handout.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.handout.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The line rules read straight from ICU's data break every text where ICU's own factory breaks it, for every
 * language that takes them: the fixtures in 16 scripts, each read as if written in each of those languages.
 */
class LineRulesTest {
    private static final List<String> LANGUAGES = List.of("en", "en-US", "de", "fr", "es", "it", "pt", "sv", "fi",
            "ru", "el", "ar", "fa", "he", "hi", "bn", "th", "km", "lo", "my", "am", "sr-Latn", "und");

    @Test
    void rootRulesAreWhereTheyAreRead() {
        assertNotNull(LineBreaker.class.getResource(LineBreaker.ROOT_LINE_RULES), "ICU moved its line rules");
    }

    @Test
    void breaksMatchIcusFactory() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> fixtures = Fixtures.all()) {
            for (Path fixture : fixtures.toList()) {
                paragraphs.addAll(List.of(Files.readString(fixture).split("\n\n")));
            }
        }
        for (String lang : LANGUAGES) {
            BreakIterator ours = LineBreaker.lineIterator(lang);
            BreakIterator icu = BreakIterator.getLineInstance(ULocale.forLanguageTag(lang));
            for (String paragraph : paragraphs) {
                assertEquals(breaks(icu, paragraph), breaks(ours, paragraph), lang + ": " + paragraph);
            }
        }
    }

    private static List<Integer> breaks(BreakIterator iterator, String text) {
        iterator.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            out.add(b);
        }
        return out;
    }
}
