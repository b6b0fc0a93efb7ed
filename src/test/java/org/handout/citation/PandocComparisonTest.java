package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.handout.render.Format;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Data references against Pandoc's citeproc: each document of {@code pandoc/} in each style must give
 * the text Pandoc gave (its HTML, made once by {@code make-expected.sh} and committed; Pandoc is never
 * run here), paragraph by paragraph and entry by entry, apart from the deliberate differences that
 * the README lists, which {@link #deliberate} applies to Pandoc's text.
 */
class PandocComparisonTest {
    private static final Path DIR = Path.of("src/test/resources/org/handout/citation/pandoc");
    private static final List<String> STYLES = List.of("american-medical-association", "vancouver", "apa",
            "chicago-author-date", "ieee");
    /** Styles that collapse citation numbers into ranges ("1–3"), where each number here stays its own link. */
    private static final Set<String> COLLAPSING = Set.of("american-medical-association", "vancouver");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+)–(\\d+)(?![\\d.])");
    /**
     * Known differences of citeproc-java that no edit of the style or the data works around (README,
     * "Known differences"). Title case: it lowers the longer stop-word list of the CSL schema
     * ("between", "through"…), which Pandoc's citeproc capitalizes, and starts no new sentence after
     * "?" or "!".
     */
    private static final Pattern SCHEMA_STOP_WORD = Pattern.compile("(?<=\\p{L}[,;]? )(About|Across|After|Against|Along|Among"
            + "|Around|Before|Behind|Below|Beneath|Beside|Besides|Between|Beyond|Despite|During|Except|Inside|Like|Near"
            + "|Off|Out|Per|Since|Than|Through|Throughout|Toward|Towards|Under|Underneath|Until|Upon|Versus)(?= )");
    private static final Pattern AFTER_QUESTION = Pattern.compile("(?<=[?!] )(A|An|And|As|At|But|By|For|From|In|Into|Nor"
            + "|Of|On|Onto|Or|Over|So|The|To|Up|Via|With|Yet)(?= )");
    /**
     * Deliberate differences in entries (README): APA writes the label of a report's number ("NICE
     * Guideline No. NG222"), which Pandoc 2.17 leaves out; "and others" ends the names with "et al."
     * where Pandoc 2.17 writes "G.others" in APA.
     */
    private static final Map<String, Map<String, String>> DELIBERATE = Map.of("apa", Map.of(
            "(NICE Guideline NG222)", "(NICE Guideline No. NG222)",
            "Salanti, G.others.", "Salanti, G., et al."));
    /** IEEE: a group of terms inside a group whose variables are all empty still shows ("[Online]." with no access date). */
    private static final Pattern ONLINE = Pattern.compile("(?<!\\[Online\\]\\. )Available: ");

    /** The text a reader gets: the body's paragraphs (citations included) and the bibliography's entries. */
    private record Texts(List<String> paragraphs, List<String> entries) {}

    @TestFactory
    Stream<DynamicTest> sameTextAsPandoc() {
        return documents().flatMap(doc -> STYLES.stream().map(style -> DynamicTest.dynamicTest(doc + " in " + style, () -> {
            Document pandoc = Jsoup.parse(Files.readString(DIR.resolve("expected/" + doc + "." + style + ".html")));
            namesBeforeNarrativeNumbers(pandoc, doc, style);
            spaceBeforeRaisedWords(pandoc);
            Texts expected = pandoc(pandoc, style);
            Texts actual = ours(Jsoup.parse(render(doc, style)));
            compare("paragraph", expected.paragraphs(), actual.paragraphs());
            if (style.equals("chicago-author-date")) {
                // Known difference: citeproc-java sorts an entry with no names by its title with the quotation mark.
                compare("entry with no names", quotedFirst(expected.entries()), quotedFirst(actual.entries()));
                compare("entry", withNames(expected.entries()), withNames(actual.entries()));
            } else {
                compare("entry", expected.entries(), actual.entries());
            }
        })));
    }

    @Test
    void everyDocumentHasItsExpectedFiles() {
        documents().forEach(doc -> STYLES.forEach(style -> {
            if (!Files.isRegularFile(DIR.resolve("expected/" + doc + "." + style + ".html"))) {
                fail("no expected file for " + doc + " in " + style + ": run make-expected.sh");
            }
        }));
    }

    private static Stream<String> documents() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(String doc, String style) throws Exception {
        RenderOptions defaults = RenderOptions.defaults();
        RenderOptions options = new RenderOptions(Set.of(Format.HTML), defaults.defaultLang(), false, false, null, null,
                defaults.pdf(), style);
        Path source = DIR.resolve(doc + ".md");
        return new Renderer(options).render(source.toString(), Files.readAllBytes(source), DIR).html();
    }

    /**
     * Deliberate difference (README): a narrative citation in a numeric style keeps the names its
     * sentence needs ("Eby and Eby¹ give case histories"); Pandoc 2.17 writes the number alone.
     * The names each narrative key gets, written out here rather than worked out by our code.
     */
    private static final Map<String, String> NARRATIVE_NAMES = Map.of("eby2006", "Eby and Eby", "rothman2008",
            "Rothman et al.", "sapolsky2004", "Sapolsky", "kirsch2008", "Kirsch et al.", "vanos2010", "van Os et al.",
            "zarate2006", "Zarate et al.");
    private static final Set<String> NUMERIC = Set.of("american-medical-association", "vancouver", "ieee");
    /** A citation group in brackets, or a narrative citation, in the order Pandoc writes their spans. */
    private static final Pattern CITATION = Pattern.compile("\\[[^\\[\\]]*@[^\\[\\]]*\\]|(?<![\\w@.-])@([\\w:.#$%&+?<>~/-]*\\w)");

    private static void namesBeforeNarrativeNumbers(Document html, String doc, String style) throws IOException {
        if (!NUMERIC.contains(style)) {
            return;
        }
        String source = Files.readString(DIR.resolve(doc + ".md"));
        Matcher citation = CITATION.matcher(source.substring(source.indexOf("\n---\n", 4) + 5));
        List<Element> spans = html.select("span.citation");
        for (int i = 0; citation.find() && i < spans.size(); i++) {
            if (citation.group(1) != null) {
                Element span = spans.get(i);
                // Pandoc drops the space before a raised number; with names first, the space stays.
                org.jsoup.nodes.Node before = span.previousSibling();
                boolean joined = before instanceof TextNode text && !text.text().isEmpty() && !text.text().endsWith(" ");
                boolean raised = style.equals("american-medical-association");
                span.prependText((joined ? " " : "") + NARRATIVE_NAMES.get(citation.group(1)) + (raised ? "" : " "));
            }
        }
    }

    /**
     * Deliberate difference (README): a raised citation group that starts with words ("see 3") keeps
     * the space before it; Pandoc joins it to the word before ("lengthsee 3"), which reads as one word.
     */
    private static void spaceBeforeRaisedWords(Document html) {
        for (Element citation : html.select("span.citation:has(> sup)")) {
            org.jsoup.nodes.Node before = citation.previousSibling();
            if (Character.isLetter(citation.text().codePointAt(0)) && before instanceof TextNode text
                    && !text.text().endsWith(" ")) {
                text.text(text.text() + " ");
            }
        }
    }

    private static Texts pandoc(Document html, String style) {
        html.select("span.citation").forEach(citation -> deliberate(citation, style));
        List<String> paragraphs = html.select("p").stream().filter(p -> p.closest("#refs") == null).map(PandocComparisonTest::text)
                .toList();
        List<String> entries = html.select("#refs .csl-entry").stream().map(PandocComparisonTest::text)
                .map(entry -> known(entry, style)).toList();
        return new Texts(paragraphs, entries);
    }

    /** Pandoc's entry with the known differences of citeproc-java applied (see {@link #SCHEMA_STOP_WORD}, {@link #ONLINE}). */
    private static String known(String entry, String style) {
        String out = entry;
        for (Map.Entry<String, String> difference : DELIBERATE.getOrDefault(style, Map.of()).entrySet()) {
            out = out.replace(difference.getKey(), difference.getValue());
        }
        if (style.equals("chicago-author-date")) {
            out = SCHEMA_STOP_WORD.matcher(out).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
            out = AFTER_QUESTION.matcher(out).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        }
        if (style.equals("ieee") && !out.contains("Accessed: ")) {
            out = ONLINE.matcher(out).replaceAll("[Online]. Available: ");
        }
        return out;
    }

    private static Texts ours(Document html) {
        html.select("a[role=doc-backlink]").remove();
        Element main = html.selectFirst("main");
        // Main opens with the disclaimer, which Pandoc does not write.
        List<String> paragraphs = main.select("p").stream()
                .filter(p -> p.closest("section[role=doc-bibliography], #disclaimer") == null)
                .map(PandocComparisonTest::text).toList();
        List<String> entries = main.select("section[role=doc-bibliography] li").stream().map(PandocComparisonTest::text)
                .toList();
        return new Texts(paragraphs, entries);
    }

    /**
     * The deliberate differences, applied to Pandoc's citations: a range of citation numbers ("1–3") is
     * written out ("1,2,3") so that each number links to its own entry.
     */
    private static void deliberate(Element citation, String style) {
        if (!COLLAPSING.contains(style)) {
            return;
        }
        for (Element element : citation.getAllElements()) {
            for (TextNode node : element.textNodes()) {
                Matcher range = RANGE.matcher(node.getWholeText());
                StringBuilder out = new StringBuilder();
                while (range.find()) {
                    List<String> numbers = new ArrayList<>();
                    for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                        numbers.add(String.valueOf(n));
                    }
                    // Both styles separate citation numbers with a comma and no space.
                    range.appendReplacement(out, String.join(",", numbers));
                }
                range.appendTail(out);
                node.text(out.toString());
            }
        }
    }

    private static List<String> quotedFirst(List<String> entries) {
        return entries.stream().filter(e -> e.startsWith("“")).sorted().toList();
    }

    private static List<String> withNames(List<String> entries) {
        return entries.stream().filter(e -> !e.startsWith("“")).toList();
    }

    /** Text as a reader gets it; a no-break space counts as a space. */
    private static String text(Element element) {
        return element.text().replace('\u00a0', ' ').strip();
    }

    private static void compare(String what, List<String> expected, List<String> actual) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(none)";
            String a = i < actual.size() ? actual.get(i) : "(none)";
            if (!e.equals(a)) {
                differences.add(what + " " + (i + 1) + "\n  Pandoc: " + e + "\n  ours:   " + a);
            }
        }
        assertEquals("", String.join("\n", differences));
    }
}
