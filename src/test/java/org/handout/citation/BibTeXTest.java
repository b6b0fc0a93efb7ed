package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.handout.diagnostics.Diagnostics;
import org.handout.model.CitationSources;
import org.handout.model.SourcePos;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * BibTeX read as Pandoc reads a .bib bibliography, field by field: every item of {@code pandoc/refs.bib}
 * against Pandoc's own CSL-JSON of the same file ({@code expected/refs.bib.csl.json}, made by
 * {@code make-expected.sh}).
 */
class BibTeXTest {
    private static final Path DIR = Path.of("src/test/resources/org/handout/citation/pandoc");

    private static Map<String, Map<String, Object>> ours() throws Exception {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> item : BibTeX.items(Files.readString(DIR.resolve("refs.bib"), StandardCharsets.UTF_8))) {
            byId.put(String.valueOf(item.get("id")), item);
        }
        return byId;
    }

    @TestFactory
    Stream<DynamicTest> everyFieldAsPandocReadsIt() throws Exception {
        JsonNode pandoc = new ObjectMapper().readTree(DIR.resolve("expected/refs.bib.csl.json").toFile());
        Map<String, Map<String, Object>> ours = ours();
        assertEquals(pandoc.size(), ours.size(), "items");
        return Stream.iterate(0, i -> i < pandoc.size(), i -> i + 1).map(i -> {
            JsonNode expected = pandoc.get(i);
            String id = expected.get("id").asText();
            return DynamicTest.dynamicTest(id, () -> {
                JsonNode actual = new ObjectMapper().valueToTree(ours.get(id));
                TreeSet<String> fields = new TreeSet<>();
                expected.fieldNames().forEachRemaining(fields::add);
                actual.fieldNames().forEachRemaining(fields::add);
                for (String field : fields) {
                    JsonNode want = expected.get(field);
                    // Deliberate: Pandoc 2.17 gives @misc the empty type; CSL's type for that is "document".
                    if (field.equals("type") && want.asText().isEmpty()) {
                        want = new ObjectMapper().valueToTree("document");
                    }
                    assertEquals(want, actual.get(field), id + " " + field);
                }
            });
        });
    }

    @Test
    void numberIsTheIssueOfAnArticle() throws Exception {
        Map<String, Object> kroenke = ours().get("kroenke2001");
        assertEquals("9", kroenke.get("issue"));
        assertNull(kroenke.get("number"), "APA would print 'Article 9' and drop the pages");
    }

    @Test
    void andOthersEndsTheListAndIsNoAuthorNamedOthers() throws Exception {
        List<?> authors = (List<?>) ours().get("cipriani2018").get("author");
        assertEquals(4, authors.size());
        assertEquals(Map.of("literal", "others"), authors.get(3), "Pandoc's reading, written 'et al.'");
    }

    @Test
    void howpublishedIsThePublisherAndTitleCaseBecomesSentenceCaseExceptInBraces() throws Exception {
        Map<String, Map<String, Object>> ours = ours();
        assertEquals("WHO", ours.get("who2017").get("publisher"));
        assertEquals("The PHQ-9: Validity of a brief depression severity measure", ours.get("kroenke2001").get("title"));
        assertEquals("Magnesium und Schlaf", ours.get("murck1996").get("title"), "a German title stays as written");
    }

    @Test
    void anEditorIsNotAlsoTheSeriesEditor() throws Exception {
        Map<String, Object> deeks = ours().get("deeks2019");
        assertEquals(7, ((List<?>) deeks.get("editor")).size());
        assertFalse(deeks.containsKey("collection-editor"));
    }

    @Test
    void textBetweenEntriesAndAByteOrderMarkAreIgnored() throws Exception {
        String bib = Files.readString(DIR.resolve("refs.bib"), StandardCharsets.UTF_8);
        assertTrue(bib.startsWith("\uFEFF% ") && bib.contains("\n# ") && bib.contains("\nSome text"), "the fixture has them");
        assertEquals(8, ours().size());
    }

    @Test
    void aBrokenEntryIsAnErrorAtTheBibliographyLineNamingItsOwnLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.bib"), "@article{ok, title={A}}\n\n@article{bad, title = {Never closed}\n");
        assertThrows(IllegalArgumentException.class, () -> BibTeX.items(Files.readString(dir.resolve("broken.bib"))));
        Diagnostics diagnostics = new Diagnostics("test.md");
        DataReferences.load(new CitationSources(List.of(), "broken.bib", SourcePos.line(4), null, SourcePos.NONE),
                new CitationOptions(null, dir, dir), diagnostics);
        assertEquals(1, diagnostics.all().size());
        assertEquals(4, diagnostics.all().get(0).line());
        assertTrue(diagnostics.all().get(0).message().contains("line 3"), diagnostics.all().get(0).message());
    }

    @Test
    void latexBecomesText() {
        Map<String, Object> item = BibTeX.items("@book{k, author = {M{\\\"u}ller, J{\\'e}r{\\^o}me and {\\O}stergaard, S\\o{}ren},"
                + " title = {Caf\\'e \\emph{and} Stra{\\ss}e --- 1990--2000, {NASA}~Data}, publisher = {A \\& B}, year = 1999}")
                .get(0);
        assertEquals(List.of(Map.of("family", "Müller", "given", "Jérôme"), Map.of("family", "Østergaard", "given", "Søren")),
                item.get("author"));
        assertEquals("Café and straße — 1990–2000, NASA\u00a0data", item.get("title"));
        assertEquals("A & B", item.get("publisher"));
    }
}
