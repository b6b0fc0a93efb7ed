package org.handout.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.handout.citation.CitationOptions;
import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.render.Limits;
import org.handout.source.MarkdownReader;
import org.junit.jupiter.api.Test;

/** Heading levels never skip; ids are stable and unique; a missing title comes from the first h1. */
class HeadingsTest {

    private static List<Block.Heading> headings(List<Block> blocks) {
        List<Block.Heading> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Section s) {
                out.add(s.heading());
                out.addAll(headings(s.content()));
            }
        }
        return out;
    }

    private static Document transform(String markdown, Diagnostics d) {
        return Transforms.apply(MarkdownReader.read("h.md", markdown, "en", Limits.DEFAULT_TABLE_COLUMNS, d), null,
                new CitationOptions(null, Path.of("."), Path.of(".")), d);
    }

    @Test
    void aSkippedLevelIsRaisedWithAWarningNamingTheHeading() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = transform("---\ntitle: T\nlang: en\n---\n\n## Two\n\n#### Four\n\n###### Six\n\n## Two again\n", d);
        assertEquals(List.of(2, 3, 4, 2), headings(doc.body()).stream().map(Block.Heading::level).toList());
        assertTrue(d.all().stream().anyMatch(x -> x.format().equals(
                "h.md:8:1: warning: heading 'Four' skips from level 2 to 4: shown as level 3")), d.all().toString());
    }

    @Test
    void idsAreStableUniqueAndNeverTakeFootnotePrefixes() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = transform("---\ntitle: T\nlang: en\n---\n\n## Dosage & Timing\n\n## Dosage & timing\n\n## FN 1\n\n## Überblick\n", d);
        assertEquals(List.of("dosage-timing", "dosage-timing-2", "h-fn-1", "überblick"),
                headings(doc.body()).stream().map(Block.Heading::id).toList());
    }

    /** Ids keep each script's letters with their marks, composed (NFC), so an author's fragment link finds them. */
    @Test
    void idsKeepTheLettersOfEveryScript() {
        Diagnostics d = new Diagnostics("h.md");
        String decomposed = java.text.Normalizer.normalize("복용 방법", java.text.Normalizer.Form.NFD);
        Document doc = transform("---\ntitle: T\nlang: en\n---\n\n## " + decomposed + "\n\n## மருந்து அளவு\n\n"
                + "## ওষুধের মাত্রা\n\n## الأدوية المسائية\n\n## Überblick\n\n[a](#복용-방법) [b](#%C3%BCberblick)\n", d);
        assertEquals(List.of("복용-방법", "மருந்து-அளவு", "ওষুধের-মাত্রা", "الأدوية-المسائية", "überblick"),
                headings(doc.body()).stream().map(Block.Heading::id).toList());
        // Browsers match a fragment against ids after percent-decoding it, as this does.
        var page = org.jsoup.Jsoup.parse(org.handout.html.HtmlWriter.write(doc, null, d));
        for (var link : page.select("main a[href^=#]")) {
            String id = java.net.URLDecoder.decode(link.attr("href").substring(1), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(page.getElementById(id) != null, "no element with id " + id);
        }
        assertEquals(2, page.select("main a[href^=#]").size());
    }

    @Test
    void withoutATitleTheFirstLevelOneHeadingBecomesIt() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = transform("# Eating Well\n\nText.\n", d);
        assertEquals("Eating Well", doc.meta().title());
        assertTrue(headings(doc.body()).isEmpty());
    }
}
