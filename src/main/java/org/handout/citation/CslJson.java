package org.handout.citation;

import java.util.List;

import org.handout.model.BibliographyEntry;
import org.handout.model.CitedWork;

/**
 * The document's references as CSL-JSON, the form reference managers and archives read: each with
 * every field its source gave. Free-text entries that could not be read as data are left out;
 * their text is in the document.
 */
public final class CslJson {
    private CslJson() {}

    /** A JSON array, one item a line, or null when no entry has data. */
    public static String of(List<BibliographyEntry> entries) {
        List<String> items = entries.stream().map(BibliographyEntry::work)
                .filter(w -> w != null && w.parsed()).map(CitedWork::json).toList();
        return items.isEmpty() ? null : "[" + String.join(",\n", items) + "]\n";
    }
}
