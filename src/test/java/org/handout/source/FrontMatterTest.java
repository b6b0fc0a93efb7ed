package org.handout.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.Severity;
import org.handout.model.Author;
import org.handout.model.Document;
import org.handout.render.Limits;
import org.junit.jupiter.api.Test;

/** Front matter: Pandoc's fields, our own, dates as written, and diagnostics with lines. */
class FrontMatterTest {

    private static Document read(String text, Diagnostics diagnostics) {
        return MarkdownReader.read("h.md", text, "en", Limits.DEFAULT_TABLE_COLUMNS, diagnostics);
    }

    @Test
    void readsEveryFieldAndKeepsDatesAsWritten() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = read("""
                ---
                title: Hand Hygiene & Infection Control <Staff Edition>
                subtitle: For ward staff
                author:
                  - name: Ana Núñez
                    credentials: RN
                    affiliation: Example Hospital
                  - Ben Okafor
                date: 2025-03-14
                lang: es-MX
                abstract: Why and how.
                keywords: [hands, soap]
                reviewed: 2025-04-01
                reviewer: Dr. Chen
                license: CC BY 4.0
                ---

                Body.
                """, d);
        var m = doc.meta();
        assertEquals("Hand Hygiene & Infection Control <Staff Edition>", m.title());
        assertEquals("For ward staff", m.subtitle());
        assertEquals(List.of(new Author("Ana Núñez", "RN", "Example Hospital"), new Author("Ben Okafor", null, null)),
                m.authors());
        assertEquals("2025-03-14", m.date());
        assertEquals("es-MX", m.lang());
        assertEquals("Why and how.", m.description());
        assertEquals(List.of("hands", "soap"), m.keywords());
        assertEquals("2025-04-01", m.reviewed());
        assertEquals("Dr. Chen", m.reviewer());
        assertEquals("CC BY 4.0", m.rights());
        assertEquals(List.of(), d.all());
    }

    @Test
    void anUnknownKeyIsAWarningAndAWrongTypeAnErrorWithItsLine() {
        Diagnostics d = new Diagnostics("h.md");
        read("---\ntitle: T\nlang: en\ncolour: blue\nsubtitle: [a, b]\n---\n\nBody.\n", d);
        List<Diagnostic> all = d.all();
        assertEquals("h.md:4: warning: unknown front matter key 'colour' is ignored", all.get(0).format());
        assertEquals(Severity.ERROR, all.get(1).severity());
        assertEquals(5, all.get(1).line());
        assertTrue(all.get(1).message().contains("'subtitle' must be text"));
    }

    /**
     * A date the PDF's metadata cannot carry is still shown as written, with a warning at its line that says what the
     * PDF takes instead; the ISO forms the PDF reads (PdfDates) give none.
     */
    @Test
    void aDateThePdfCannotCarryIsAWarningWithItsLine() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = read("---\ntitle: T\nlang: en\ndate: March 2024\n---\n\nBody.\n", d);
        assertEquals("March 2024", doc.meta().date());
        assertEquals(List.of("h.md:4: warning: date 'March 2024' is not a full ISO 8601 date such as 2025-03-14: the"
                + " byline shows it as written, but the PDF's metadata cannot carry it and takes --date, SOURCE_DATE_EPOCH"
                + " or 2000-01-01 instead"), d.all().stream().map(Diagnostic::format).toList());
        for (String date : List.of("2025-03-14", "2025-03-14T09:30:00+01:00", "'2025-03-14T09:30:00Z'")) {
            Diagnostics none = new Diagnostics("h.md");
            read("---\ntitle: T\nlang: en\ndate: " + date + "\n---\n\nBody.\n", none);
            assertEquals(List.of(), none.all(), date);
        }
    }

    @Test
    void invalidYamlIsAnErrorWithItsLine() {
        Diagnostics d = new Diagnostics("h.md");
        read("---\ntitle: T\nlang: [en\n---\n\nBody.\n", d);
        assertTrue(d.hasErrors());
        assertTrue(d.all().get(0).format().startsWith("h.md:"), d.all().get(0).format());
    }

    @Test
    void withoutFrontMatterTheLanguageComesFromTheOptionWithAWarning() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = read("# Title\n\nBody.\n", d);
        assertEquals("en", doc.meta().lang());
        assertNull(doc.meta().title());
        assertTrue(d.all().get(0).message().contains("no front matter"));
    }

    @Test
    void thematicBreakAndSetextHeadingAreNotFrontMatter() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = read("---\nFoo\n---\n\nBar\n", d);
        assertNull(doc.meta().title());
        assertEquals(3, doc.body().size(), "a thematic break, a setext heading and a paragraph");
    }
}
