package org.handout.citation;

import java.util.List;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.handout.model.BibliographyEntry;
import org.handout.model.CitedWork;

/**
 * The document's references as CSL-JSON, the form reference managers and archives read. Entries
 * that could not be read as data (free text) are left out; their text is in the document.
 */
public final class CslJson {
    private CslJson() {}

    /** A JSON array, or null when no entry has data. */
    public static String of(List<BibliographyEntry> entries) {
        StringBuilder json = new StringBuilder("[");
        for (BibliographyEntry entry : entries) {
            if (entry.work() == null) {
                continue;
            }
            if (json.length() > 1) {
                json.append(",\n");
            }
            json.append(item(entry.id(), entry.work()).toJson(new StringJsonBuilderFactory().createJsonBuilder()));
        }
        return json.length() == 1 ? null : json.append("]\n").toString();
    }

    private static CSLItemData item(String id, CitedWork work) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).title(work.title()).containerTitle(work.periodical())
                .DOI(work.doi()).PMID(work.pmid()).URL(work.url());
        CSLType type = work.type() == null ? null : CSLType.fromString(work.type());
        if (type != null) {
            item.type(type);
        }
        if (!work.authors().isEmpty()) {
            item.author(work.authors().stream().map(a -> new CSLNameBuilder().literal(a).build())
                    .toArray(de.undercouch.citeproc.csl.CSLName[]::new));
        }
        if (work.date() != null) {
            item.issued(new CSLDateBuilder().raw(work.date()).build());
        }
        return item.build();
    }
}
