package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.BibliographyEntry;
import org.handout.model.Document;
import org.handout.render.Limits;
import org.handout.source.MarkdownReader;
import org.handout.model.InlineText;
import org.handout.transform.Transforms;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The PubMed-style test set ({@code pubmed/pubmed-references.md}, sources in its README): with no
 * style asked for, every entry is exactly its source text; with a style, every entry still carries
 * every word and number of its source (checked here word by word, allowing only the forms a style
 * gives them: "July" for "Jul", "362-370" for "362-70" and "1357–66" for "1357-1366", "R. S." for "RS",
 * labels such as "doi:" left out), and an entry with a warning at its line is its source text.
 */
class PubMedStyleTest {
    private static final Path FILE = Path.of("src/test/resources/org/handout/citation/pubmed/pubmed-references.md");
    private static final Pattern ENTRY = Pattern.compile("^(\\d+)\\. (.*)$");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** Words of the NLM format itself, which another style replaces by its own ("doi:" by "https://doi.org/"). */
    private static final List<String> LABELS = List.of("doi", "pmid", "pmcid", "pubmed", "central", "available", "from",
            "cited", "internet");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One entry of the set: its line in the file and its text. */
    private record Written(int line, String text) {}

    private static List<Written> written() throws Exception {
        List<String> lines = Files.readAllLines(FILE);
        List<Written> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            if (entry.matches()) {
                out.add(new Written(i + 1, entry.group(2)));
            }
        }
        return out;
    }

    private static Document render(String style, Diagnostics diagnostics) throws Exception {
        Document read = MarkdownReader.read(FILE.toString(), Files.readString(FILE), "en", Limits.DEFAULT_TABLE_COLUMNS,
                diagnostics);
        return Transforms.apply(read, null, new CitationOptions(style, FILE.getParent(), FILE.getParent()), diagnostics);
    }

    @Test
    void theSetIsLargeAndMostlyReadAsData() throws Exception {
        List<Written> entries = written();
        assertTrue(entries.size() >= 60, "entries: " + entries.size());
        long read = entries.stream().filter(e -> NlmParser.parse(e.text()) != null).count();
        assertTrue(read >= entries.size() - 3, "read as data: " + read + " of " + entries.size());
    }

    @Test
    void withNoStyleEveryEntryIsItsSourceText() throws Exception {
        Diagnostics diagnostics = new Diagnostics(FILE.toString());
        List<BibliographyEntry> entries = BibliographyEntry.in(render(null, diagnostics).body());
        List<Written> written = written();
        assertEquals(written.size(), entries.size());
        for (int i = 0; i < written.size(); i++) {
            assertEquals(written.get(i).text(), InlineText.of(entries.get(i).content()), "entry " + (i + 1));
            assertEquals((i + 1) + ".", entries.get(i).label());
        }
        assertEquals(List.of(), diagnostics.all().stream().filter(d -> d.message().contains("reference")).toList());
    }

    @TestFactory
    Stream<DynamicTest> withAStyleEachEntryCarriesEveryWordOrStaysAsWrittenWithAWarning() {
        return Stream.of("american-medical-association", "vancouver", "apa", "chicago-author-date", "ieee")
                .map(style -> DynamicTest.dynamicTest(style, () -> {
                    Diagnostics diagnostics = new Diagnostics(FILE.toString());
                    List<BibliographyEntry> entries = BibliographyEntry.in(render(style, diagnostics).body());
                    for (Written entry : written()) {
                        BibliographyEntry shown = entries.stream().filter(e -> entry.text().equals(e.work().text()))
                                .findFirst().orElseThrow();
                        String text = InlineText.of(shown.content());
                        for (String word : words(entry.text())) {
                            assertTrue(carries(text, word), style + ", line " + entry.line() + ": '" + word
                                    + "' is missing from\n  " + text + "\nwritten\n  " + entry.text());
                        }
                        if (diagnostics.all().stream().anyMatch(d -> d.line() == entry.line())) {
                            assertEquals(entry.text(), text, "an entry with a warning at its line is kept as written");
                        }
                    }
                }));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (!LABELS.contains(word.group().toLowerCase(Locale.ROOT))) {
                words.add(word.group());
            }
        }
        return words;
    }

    /** The word, in a form a style may give it: any case, a month in full, initials with points, a shortened page number in full. */
    private static boolean carries(String text, String word) {
        String lower = text.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(lower).find()) {
            return true;
        }
        int month = MONTHS.stream().map(m -> m.substring(0, 3)).toList().indexOf(w);
        if (month >= 0 && lower.contains(MONTHS.get(month))) {
            return true;
        }
        if (word.matches("\\p{Lu}{2,4}")) {
            return Pattern.compile(String.join("\\.?\\s*", word.split(""))).matcher(text).find();
        }
        if (!word.matches("\\d+")) {
            return false;
        }
        if (Pattern.compile("\\d+" + word + "(?!\\d)").matcher(text).find()) {
            return true;
        }
        // The last page of a range shortened, as minimal page ranges are: "1357-1366" as "1357–66".
        Matcher range = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)").matcher(text);
        while (range.find()) {
            String first = range.group(1);
            String last = range.group(2);
            if (last.length() < word.length() && first.length() == word.length() && word.endsWith(last)
                    && word.startsWith(first.substring(0, word.length() - last.length()))) {
                return true;
            }
        }
        return false;
    }
}
