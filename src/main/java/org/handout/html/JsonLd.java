package org.handout.html;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.Author;
import org.handout.model.Block;
import org.handout.model.BibliographyEntry;
import org.handout.model.CitedWork;
import org.handout.model.Metadata;

/** schema.org metadata for search engines, as a JSON-LD data block. */
final class JsonLd {
    private JsonLd() {}

    static String of(Metadata meta, String lang, List<CitedWork> citations) {
        List<String> fields = new ArrayList<>();
        fields.add("\"@context\":\"https://schema.org\"");
        fields.add("\"@type\":\"MedicalWebPage\"");
        add(fields, "name", meta.title());
        add(fields, "description", meta.description());
        add(fields, "inLanguage", lang);
        add(fields, "datePublished", meta.date());
        add(fields, "lastReviewed", meta.reviewed());
        add(fields, "dateModified", meta.reviewed());
        if (meta.keywords() != null && !meta.keywords().isEmpty()) {
            add(fields, "keywords", String.join(", ", meta.keywords()));
        }
        if (meta.authors() != null && !meta.authors().isEmpty()) {
            List<String> people = new ArrayList<>();
            for (Author author : meta.authors()) {
                people.add(person(author.name()));
            }
            fields.add("\"author\":[" + String.join(",", people) + "]");
        }
        if (meta.reviewer() != null) {
            fields.add("\"reviewedBy\":" + person(meta.reviewer()));
        }
        add(fields, "copyrightNotice", meta.rights());
        if (!citations.isEmpty()) {
            fields.add("\"citation\":[" + String.join(",", citations.stream().map(JsonLd::work).toList()) + "]");
        }
        return "{" + String.join(",", fields) + "}";
    }

    /** Every work in the document's bibliographies that could be read as data, in reading order. */
    static List<CitedWork> citations(List<Block> blocks) {
        return BibliographyEntry.in(blocks).stream().map(BibliographyEntry::work).filter(w -> w != null).toList();
    }

    /** A journal article is a ScholarlyArticle in its Periodical; DOI and PMID are identifiers. */
    private static String work(CitedWork work) {
        List<String> fields = new ArrayList<>();
        fields.add("\"@type\":\"" + (work.type().startsWith("article") || work.type().equals("paper-conference")
                ? "ScholarlyArticle" : work.type().equals("book") ? "Book" : work.type().equals("webpage") ? "WebPage"
                : "CreativeWork") + "\"");
        add(fields, "name", work.title());
        if (!work.authors().isEmpty()) {
            fields.add("\"author\":[" + String.join(",", work.authors().stream().map(JsonLd::person).toList()) + "]");
        }
        add(fields, "datePublished", work.date());
        if (work.periodical() != null) {
            fields.add("\"isPartOf\":{\"@type\":\"Periodical\",\"name\":" + Escape.json(work.periodical()) + "}");
        }
        List<String> ids = new ArrayList<>();
        if (work.doi() != null) {
            ids.add("{\"@type\":\"PropertyValue\",\"propertyID\":\"DOI\",\"value\":" + Escape.json(work.doi()) + "}");
            add(fields, "sameAs", "https://doi.org/" + work.doi());
        }
        if (work.pmid() != null) {
            ids.add("{\"@type\":\"PropertyValue\",\"propertyID\":\"PMID\",\"value\":" + Escape.json(work.pmid()) + "}");
        }
        if (!ids.isEmpty()) {
            fields.add("\"identifier\":[" + String.join(",", ids) + "]");
        }
        add(fields, "url", work.url());
        return "{" + String.join(",", fields) + "}";
    }

    private static String person(String name) {
        return "{\"@type\":\"Person\",\"name\":" + Escape.json(name) + "}";
    }

    private static void add(List<String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.add("\"" + key + "\":" + Escape.json(value));
        }
    }
}
