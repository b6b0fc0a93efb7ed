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
        assertEquals(List.of("dosage-timing", "dosage-timing-2", "h-fn-1", "uberblick"),
                headings(doc.body()).stream().map(Block.Heading::id).toList());
    }

    @Test
    void withoutATitleTheFirstLevelOneHeadingBecomesIt() {
        Diagnostics d = new Diagnostics("h.md");
        Document doc = transform("# Eating Well\n\nText.\n", d);
        assertEquals("Eating Well", doc.meta().title());
        assertTrue(headings(doc.body()).isEmpty());
    }
}
