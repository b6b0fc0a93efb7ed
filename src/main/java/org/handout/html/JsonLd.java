package org.handout.html;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.Author;
import org.handout.model.Metadata;

/** schema.org metadata for search engines, as a JSON-LD data block. */
final class JsonLd {
    private JsonLd() {}

    static String of(Metadata meta, String lang) {
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
