package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.Diagnostics;
import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.render.Limits;
import org.handout.model.Inline;
import org.handout.source.MarkdownReader;
import org.handout.model.InlineText;
import org.handout.transform.Transforms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitationsTest {
    private static final String REFERENCES = """
            references:
              - id: eby2006
                type: article-journal
                author: [{family: Eby, given: George A.}, {family: Eby, given: Karen L.}]
                title: Rapid recovery from major depression using magnesium treatment
                container-title: Medical Hypotheses
                container-title-short: Med Hypotheses
                volume: 67
                issue: 2
                page: 362-370
                issued: 2006
                DOI: 10.1016/j.mehy.2006.01.047
              - id: sapolsky2004
                type: book
                author: [{family: Sapolsky, given: Robert M.}]
                title: Why zebras don't get ulcers
                publisher: Henry Holt
                publisher-place: New York
                issued: 2004
              - id: allen2023
                type: chapter
                author: [{family: Allen, given: Matthew J.}, {family: Sharma, given: Sandeep}]
                title: Magnesium
                container-title: StatPearls
                publisher: StatPearls Publishing
                publisher-place: Treasure Island (FL)
                issued: 2023
              - id: ods
                type: webpage
                author: [{literal: Office of Dietary Supplements}]
                title: "Magnesium: fact sheet for health professionals"
                URL: https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
                accessed: 2025-01-10
            """;
    private static final String BODY = "Text [@eby2006] and [@sapolsky2004; @allen2023] and [@ods].\n";

    private final Diagnostics diagnostics = new Diagnostics("test.md");

    private Document render(String markdown, String style) {
        Document read = MarkdownReader.read("test.md", markdown, "en", Limits.DEFAULT_TABLE_COLUMNS, diagnostics);
        return Transforms.apply(read, null, new CitationOptions(style, Path.of("."), Path.of(".")), diagnostics);
    }

    private Document withReferences(String style) {
        return render("---\ntitle: T\nlang: en-US\n" + REFERENCES + "---\n\n" + BODY, style);
    }

    private static List<BibliographyEntry> entries(Document document) {
        List<BibliographyEntry> out = new ArrayList<>();
        collect(document.body(), out);
        return out;
    }

    private static void collect(List<Block> blocks, List<BibliographyEntry> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Bibliography b) {
                out.addAll(b.entries());
            } else if (block instanceof Block.Section s) {
                collect(s.content(), out);
            }
        }
    }

    private static List<String> texts(Document document) {
        return entries(document).stream().map(e -> (e.label() == null ? "" : e.label() + " ") + InlineText.of(e.content())).toList();
    }

    private static List<Inline.Citation> citations(List<Inline> inlines) {
        List<Inline.Citation> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Citation c) {
                out.add(c);
            } else if (inline instanceof Inline.Superscript s) {
                out.addAll(citations(s.content()));
            }
        }
        return out;
    }

    private static List<Inline> firstParagraph(Document document) {
        return document.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).content())
                .findFirst().orElseThrow();
    }

    @Test
    void amaNumbersInOrderOfFirstCitation() {
        assertEquals(List.of(
                "1. Eby GA, Eby KL. Rapid recovery from major depression using magnesium treatment. Med Hypotheses. 2006;67(2):362-370. doi:10.1016/j.mehy.2006.01.047",
                "2. Sapolsky RM. Why Zebras Don’t Get Ulcers. Henry Holt; 2004.",
                "3. Allen MJ, Sharma S. Magnesium. In: StatPearls. StatPearls Publishing; 2023.",
                "4. Office of Dietary Supplements. Magnesium: fact sheet for health professionals. Accessed January 10, 2025. https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"),
                texts(withReferences(null)));
        assertEquals("Text1 and2,3 and4.", InlineText.of(firstParagraph(withReferences(null))),
                "a raised number follows its word with no space, as Pandoc sets it");
    }

    @Test
    void vancouver() {
        Document document = withReferences("vancouver");
        assertEquals(List.of(
                // Vancouver prints no DOI, and a data reference gets none appended (as Pandoc writes it).
                "1. Eby GA, Eby KL. Rapid recovery from major depression using magnesium treatment. Med Hypotheses. 2006;67(2):362–70.",
                "2. Sapolsky RM. Why zebras don’t get ulcers. New York: Henry Holt; 2004.",
                "3. Allen MJ, Sharma S. Magnesium. In: StatPearls. Treasure Island (FL): StatPearls Publishing; 2023.",
                "4. Office of Dietary Supplements. Magnesium: fact sheet for health professionals [Internet]. [cited 2025 Jan 10]. Available from: https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"),
                texts(document));
        assertEquals("Text (1) and (2,3) and (4).", InlineText.of(firstParagraph(document)));
    }

    @Test
    void apaSortsByAuthorAndCitesAuthorAndYear() {
        Document document = withReferences("apa");
        assertEquals(List.of(
                "Allen, M. J., & Sharma, S. (2023). Magnesium. In StatPearls. StatPearls Publishing.",
                "Eby, G. A., & Eby, K. L. (2006). Rapid recovery from major depression using magnesium treatment. Medical Hypotheses, 67(2), 362–370. https://doi.org/10.1016/j.mehy.2006.01.047",
                "Office of Dietary Supplements. (n.d.). Magnesium: fact sheet for health professionals. Retrieved January 10, 2025, from https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
                "Sapolsky, R. M. (2004). Why zebras don’t get ulcers. Henry Holt."),
                texts(document));
        assertEquals("Text (Eby & Eby, 2006) and (Allen & Sharma, 2023; Sapolsky, 2004) and (Office of Dietary Supplements, n.d.).",
                InlineText.of(firstParagraph(document)), "APA sorts a group by author, as Pandoc does");
    }

    @Test
    void citationsAndEntriesLinkBothWays() {
        Document document = render("---\ntitle: T\nlang: en\n" + REFERENCES + "---\n\n"
                + "First [@eby2006, p. 363]. Again @eby2006 and [-@ods].\n\n## References\n", null);
        List<Inline.Citation> citations = citations(firstParagraph(document));
        assertEquals(List.of("ref-eby2006", "ref-eby2006", "ref-ods"), citations.stream().map(Inline.Citation::entryId).toList());
        assertEquals(List.of("cite-eby2006-1", "cite-eby2006-2", "cite-ods-1"), citations.stream().map(Inline.Citation::id).toList());
        assertEquals("Eby and Eby1", InlineText.of(citations.get(1).content()),
                "a narrative citation in a numeric style keeps the names its sentence needs, then the number");
        BibliographyEntry eby = entries(document).get(0);
        assertEquals("ref-eby2006", eby.id());
        assertEquals(List.of("cite-eby2006-1", "cite-eby2006-2"), eby.citations());
        assertEquals(2, entries(document).size(), "uncited references are left out");
        Block.Section references = (Block.Section) document.body().get(1);
        assertEquals("references", references.heading().id(), "the existing empty heading takes the entries");
        assertTrue(InlineText.of(firstParagraph(document)).startsWith("First1(p363)."));
    }

    @Test
    void aMissingKeyIsAWarningAndStaysVisible() {
        String source = "---\ntitle: T\nlang: en\n" + REFERENCES + "---\n\nIntro.\n\nSee [@nobody] and\n@eby2006 [@missing; @ods].\n";
        int line = source.substring(0, source.indexOf("See [@nobody]")).split("\n", -1).length;
        Document document = render(source, null);
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.message().contains("has no reference")).toList();
        assertEquals(2, warnings.size());
        assertEquals(line, warnings.get(0).line());
        assertEquals(line + 1, warnings.get(1).line(), "the line inside the paragraph");
        assertTrue(warnings.get(0).message().contains("'@nobody'"));
        Block.Paragraph p = (Block.Paragraph) document.body().get(1);
        assertTrue(InlineText.of(p.content()).startsWith("See [@nobody] and"));
        assertTrue(InlineText.of(p.content()).contains("@missing,2"));
    }

    @Test
    void anEmailAddressIsNotACitation() {
        Document document = render("---\ntitle: T\nlang: en\n" + REFERENCES + "---\n\nWrite to info@example.org or eby2006@example.org [@eby2006].\n", null);
        List<Inline.Citation> citations = citations(firstParagraph(document));
        assertEquals(1, citations.size());
        assertTrue(diagnostics.all().stream().noneMatch(d -> d.message().contains("citation")));
    }

    @Test
    void numericMarkersLinkToTheNumberedList() {
        Document document = render("""
                ---
                title: T
                lang: en
                ---

                Low intake [2]. Both [1-2]. Unknown [9].

                ## Research Studies

                1. Murck H. Magnesium and affective disorders. Nutr Neurosci. 2002 Dec;5(6):375-89. doi: 10.1080/1028415021000039194. PMID: 12509067.
                2. Our leaflet, see https://example.org/leaflet (2020), ISBN 978-0-8050-7369-0.
                """, null);
        List<Inline.Citation> citations = citations(firstParagraph(document));
        assertEquals(List.of("ref-2", "ref-2", "ref-1"), citations.stream().map(Inline.Citation::entryId).toList(),
                "[1-2] cites entries 1 and 2, now numbered 2 and 1, and AMA sorts them");
        List<BibliographyEntry> entries = entries(document);
        assertEquals("1.", entries.get(0).label());
        assertEquals("ref-2", entries.get(0).id(), "numbered in order of first citation");
        assertEquals("Our leaflet, see https://example.org/leaflet (2020), ISBN 978-0-8050-7369-0.",
                InlineText.of(entries.get(0).content()), "free text is kept exactly");
        assertTrue(entries.get(0).content().stream().anyMatch(i -> i instanceof Inline.Link l
                && l.destination().equals("https://openlibrary.org/isbn/9780805073690")));
        assertTrue(entries.get(1).content().stream().anyMatch(i -> i instanceof Inline.Link l
                && l.destination().equals("https://pubmed.ncbi.nlm.nih.gov/12509067/")));
        assertNull(entries.get(0).work().field("container-title"));
        assertEquals("Nutr Neurosci", entries.get(1).work().field("container-title"));
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.message().contains("[9]") && d.line() == 6));
        assertTrue(InlineText.of(firstParagraph(document)).endsWith("Unknown [9]."));
    }

    @Test
    void bibliographyFilesInCslJsonAndBibTeX(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("refs.json"), """
                [{"id": "murck2002", "type": "article-journal", "title": "Magnesium and affective disorders",
                  "author": [{"family": "Murck", "given": "H."}], "container-title": "Nutr Neurosci",
                  "issued": {"date-parts": [[2002, 12]]}, "volume": "5", "issue": "6", "page": "375-389"}]
                """);
        Files.writeString(dir.resolve("refs.bib"), """
                @article{kroenke2001, author = {Kroenke, Kurt and Spitzer, Robert L. and Williams, Janet B.},
                  title = {The {PHQ-9}: validity of a brief depression severity measure},
                  journal = {J Gen Intern Med}, year = {2001}, volume = {16}, number = {9}, pages = {606--613}}
                """);
        for (String file : List.of("refs.json", "refs.bib")) {
            Document read = MarkdownReader.read("test.md", "---\ntitle: T\nlang: en\nbibliography: " + file
                    + "\n---\n\nSee [@murck2002] and [@kroenke2001].\n", "en", Limits.DEFAULT_TABLE_COLUMNS, diagnostics);
            Document document = Transforms.apply(read, null, new CitationOptions(null, dir, dir), diagnostics);
            assertEquals(1, entries(document).size(), file);
        }
        assertEquals(2, diagnostics.all().stream().filter(d -> d.message().contains("has no reference")).count());
    }

    @Test
    void aBibliographyOutsideTheResourceRootIsRefused(@TempDir Path dir) {
        render("---\ntitle: T\nlang: en\nbibliography: ../../etc/passwd.json\n---\n\nText.\n", null);
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void anUnknownStyleIsAnErrorAtItsLine() {
        render("---\ntitle: T\nlang: en\ncsl: no-such-style\n" + REFERENCES + "---\n\n" + BODY, null);
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.line() == 4 && d.message().contains("no-such-style")));
    }

    @Test
    void documentsWithoutReferencesAreLeftAlone() {
        Document document = render("---\ntitle: T\nlang: en\n---\n\nMail @someone about [1].\n", null);
        assertEquals("Mail @someone about [1].", InlineText.of(firstParagraph(document)));
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void citationsInCodeAreNeverFoundOrCounted() {
        Document document = render("---\ntitle: T\nlang: en\n" + REFERENCES + "---\n\nWrite `[@eby2006]` or `@ods` to cite; "
                + "see [@sapolsky2004].\n", null);
        assertEquals(List.of("ref-sapolsky2004"), entries(document).stream().map(BibliographyEntry::id).toList());
        assertTrue(InlineText.of(firstParagraph(document)).startsWith("Write [@eby2006] or @ods to cite"));
        render("---\ntitle: T\nlang: en\n---\n\nType `[@jones]` to cite Jones.\n", null);
        assertTrue(diagnostics.all().stream().noneMatch(d -> d.message().contains("jones")), diagnostics.all().toString());
    }

    @Test
    void aGroupWrittenOverSeveralLinesIsOneGroup() {
        Document document = render("---\ntitle: T\nlang: en\n" + REFERENCES + "---\n\nFirst [@eby2006;\n@sapolsky2004] and "
                + "then [@allen2023,\n@ods].\n", "apa");
        List<Inline.Citation> citations = citations(firstParagraph(document));
        assertEquals(List.of("ref-eby2006", "ref-sapolsky2004", "ref-allen2023", "ref-ods"),
                citations.stream().map(Inline.Citation::entryId).toList());
        assertEquals("First (Eby & Eby, 2006; Sapolsky, 2004) and then (Allen & Sharma, 2023; Office of Dietary Supplements, n.d.).",
                InlineText.of(firstParagraph(document)));
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void aBracketedCitationInADocumentWithNoReferencesIsAWarningButAddressesAndMentionsAreNot() {
        Document document = render("---\ntitle: T\nlang: en\n---\n\nAsk info@example.org or @team.\n\nAs shown\nbefore [@jones2020, p. 4].\n", null);
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.message().contains("no reference")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(9, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("'@jones2020'"));
        assertEquals("As shown before [@jones2020, p. 4].", InlineText.of(((Block.Paragraph) document.body().get(1)).content()));
    }

    @Test
    void aStyleMayBeNamedAsAFileOrABundledStyleWithItsExtension(@TempDir Path dir) throws Exception {
        String body = "---\ntitle: T\nlang: en\ncsl: %s\n" + REFERENCES + "---\n\n" + BODY;
        Document bundled = render(body.formatted("apa.csl"), null);
        assertEquals("Text (Eby & Eby, 2006) and (Allen & Sharma, 2023; Sapolsky, 2004) and (Office of Dietary Supplements, n.d.).",
                InlineText.of(firstParagraph(bundled)));
        try (var in = CitationsTest.class.getResourceAsStream("/vancouver.csl")) {
            Files.write(dir.resolve("our-house-style.csl"), in.readAllBytes());
        }
        Document read = MarkdownReader.read("test.md", body.formatted("our-house-style.csl"), "en",
                Limits.DEFAULT_TABLE_COLUMNS, diagnostics);
        Document fromFile = Transforms.apply(read, null, new CitationOptions(null, dir, dir), diagnostics);
        assertEquals("Text (1) and (2,3) and (4).", InlineText.of(firstParagraph(fromFile)));
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        render(body.formatted("missing-style.csl"), null);
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.line() == 4 && d.message().contains("missing-style.csl")));
    }

    @Test
    void withAStyleAFreeTextEntryThatWouldLoseAPartStaysAsWrittenWithAWarningAtItsLine() {
        String handout = """
                ---
                title: T
                lang: en
                csl: american-medical-association
                ---

                Studies [1].

                ## References

                1. Zarate C, Duman RS, Liu G, Sartori S, Quiroz J, Murck H. New paradigms for treatment-resistant depression. Ann N Y Acad Sci. 2013 Jul;1292(1):21-31. doi: 10.1111/nyas.12223.
                """;
        Document document = render(handout, null);
        assertEquals("Zarate C, Duman RS, Liu G, Sartori S, Quiroz J, Murck H. New paradigms for treatment-resistant depression."
                + " Ann N Y Acad Sci. 2013 Jul;1292(1):21-31. doi: 10.1111/nyas.12223.", InlineText.of(entries(document).get(0).content()));
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.line() == 11 && d.message().contains("'2013 Jul'")),
                "AMA prints no month for an article: " + diagnostics.all());
        Document vancouver = render(handout.replace("american-medical-association", "vancouver"), null);
        assertEquals("Zarate C, Duman RS, Liu G, Sartori S, Quiroz J, Murck H. New paradigms for treatment-resistant depression."
                + " Ann N Y Acad Sci. 2013 Jul;1292(1):21–31. doi: 10.1111/nyas.12223.", InlineText.of(entries(vancouver).get(0).content()),
                "Vancouver keeps every part; the DOI it leaves out is put after it");
    }
}
