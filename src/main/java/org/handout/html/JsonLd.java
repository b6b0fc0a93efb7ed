package org.handout.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            List<String> works = new ArrayList<>();
            for (CitedWork work : citations) {
                works.add(work(work));
            }
            fields.add("\"citation\":[" + String.join(",", works) + "]");
        }
        return "{" + String.join(",", fields) + "}";
    }

    /** Every work in the document's bibliographies, in reading order. */
    static List<CitedWork> citations(List<Block> blocks) {
        List<CitedWork> works = new ArrayList<>();
        for (BibliographyEntry entry : BibliographyEntry.in(blocks)) {
            if (entry.work() != null) {
                works.add(entry.work());
            }
        }
        return works;
    }

    /**
     * A reference read into fields gets the schema.org type of its CSL type, its names (a literal name,
     * such as "World Health Organization", is an Organization) and identifiers; a free-text entry that
     * could not be read is a CreativeWork described by its text, with the identifiers found in it.
     */
    private static String work(CitedWork work) {
        List<String> fields = new ArrayList<>();
        fields.add("\"@type\":\"" + (work.parsed() ? schemaType(work.field("type")) : "CreativeWork") + "\"");
        if (!work.parsed()) {
            add(fields, "description", work.text());
        }
        add(fields, "name", work.field("title"));
        agents(fields, "author", work.csl().get("author"));
        agents(fields, "editor", work.csl().get("editor"));
        add(fields, "datePublished", work.date());
        String container = work.field("container-title");
        if (container != null) {
            String containerType = "chapter".equals(work.field("type")) ? "Book" : "Periodical";
            fields.add("\"isPartOf\":{\"@type\":\"" + containerType + "\",\"name\":" + Escape.json(container) + "}");
        }
        add(fields, "volumeNumber", work.field("volume"));
        add(fields, "issueNumber", work.field("issue"));
        add(fields, "pagination", work.field("page"));
        add(fields, "bookEdition", work.field("edition"));
        String publisher = work.field("publisher");
        if (publisher != null) {
            fields.add("\"publisher\":" + organization(publisher));
        }
        add(fields, "isbn", work.field("ISBN"));
        List<String> ids = new ArrayList<>();
        for (String id : List.of("DOI", "PMID", "PMCID")) {
            String value = work.field(id);
            if (value != null) {
                ids.add("{\"@type\":\"PropertyValue\",\"propertyID\":\"" + id + "\",\"value\":" + Escape.json(value) + "}");
            }
        }
        if (!ids.isEmpty()) {
            fields.add("\"identifier\":[" + String.join(",", ids) + "]");
        }
        if (work.field("DOI") != null) {
            add(fields, "sameAs", "https://doi.org/" + work.field("DOI"));
        }
        add(fields, "url", work.field("URL"));
        return "{" + String.join(",", fields) + "}";
    }

    private static String schemaType(String cslType) {
        return switch (cslType == null ? "" : cslType) {
            case "article", "article-journal", "paper-conference", "review", "review-book" -> "ScholarlyArticle";
            case "article-magazine" -> "Article";
            case "article-newspaper" -> "NewsArticle";
            case "book" -> "Book";
            case "chapter" -> "Chapter";
            case "webpage", "post", "post-weblog" -> "WebPage";
            case "report" -> "Report";
            case "thesis" -> "Thesis";
            case "dataset" -> "Dataset";
            case "software" -> "SoftwareSourceCode";
            case "legislation", "bill" -> "Legislation";
            default -> "CreativeWork";
        };
    }

    /** CSL name objects as Persons, and literal names (institutions, groups) as Organizations. */
    private static void agents(List<String> fields, String key, Object names) {
        if (!(names instanceof List<?> list)) {
            return;
        }
        List<String> agents = new ArrayList<>();
        for (Object name : list) {
            if (!(name instanceof Map<?, ?> parts)) {
                continue;
            }
            Object literal = parts.get("literal");
            if (literal != null) {
                if (!String.valueOf(literal).matches("(?i)others|et al\\.?")) {
                    agents.add(organization(String.valueOf(literal)));
                }
                continue;
            }
            List<String> person = new ArrayList<>();
            person.add("\"@type\":\"Person\"");
            String given = parts.get("given") == null ? null : String.valueOf(parts.get("given"));
            List<String> familyParts = new ArrayList<>();
            for (Object part : new Object[] {parts.get("non-dropping-particle"), parts.get("family")}) {
                if (part != null) {
                    familyParts.add(String.valueOf(part));
                }
            }
            String family = String.join(" ", familyParts);
            add(person, "name", ((given == null ? "" : given + " ") + family).strip());
            add(person, "givenName", given);
            add(person, "familyName", family);
            add(person, "honorificSuffix", parts.get("suffix") == null ? null : String.valueOf(parts.get("suffix")));
            agents.add("{" + String.join(",", person) + "}");
        }
        if (!agents.isEmpty()) {
            fields.add("\"" + key + "\":[" + String.join(",", agents) + "]");
        }
    }

    private static String organization(String name) {
        return "{\"@type\":\"Organization\",\"name\":" + Escape.json(name) + "}";
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
