package org.handout.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a BibTeX (BibLaTeX) file into CSL-JSON items, field by field as Pandoc reads a
 * {@code .bib} bibliography: everything outside an entry is ignored (comments, a byte-order mark),
 * {@code @string} macros are expanded, {@code number} is the issue of an article, {@code and others}
 * ends a name list, {@code howpublished} is a publisher, and English titles written in title case are
 * put in sentence case, except the words in braces. An entry that cannot be read is an error naming
 * its line.
 */
final class BibTeX {
    private static final Set<String> CHAPTER_LIKE = Set.of("inbook", "incollection", "inproceedings", "inreference",
            "bookinbook");
    private static final Set<String> ARTICLE_LIKE = Set.of("article", "periodical", "suppperiodical", "review");
    private static final Set<String> BOOK_LIKE = Set.of("book", "collection", "proceedings", "reference", "mvbook",
            "mvcollection", "mvproceedings", "mvreference", "bookinbook", "inbook", "incollection", "inproceedings",
            "inreference", "suppbook", "suppcollection");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("article", "article-journal"),
            Map.entry("book", "book"), Map.entry("booklet", "pamphlet"), Map.entry("bookinbook", "chapter"),
            Map.entry("collection", "book"), Map.entry("dataset", "dataset"), Map.entry("electronic", "webpage"),
            Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"),
            Map.entry("inreference", "entry-encyclopedia"), Map.entry("inproceedings", "paper-conference"),
            Map.entry("conference", "paper-conference"), Map.entry("manual", "book"), Map.entry("mastersthesis", "thesis"),
            Map.entry("mvbook", "book"), Map.entry("online", "webpage"), Map.entry("patent", "patent"),
            Map.entry("periodical", "article-journal"), Map.entry("phdthesis", "thesis"), Map.entry("proceedings", "book"),
            Map.entry("reference", "book"), Map.entry("report", "report"), Map.entry("software", "book"),
            Map.entry("techreport", "report"), Map.entry("thesis", "thesis"), Map.entry("unpublished", "manuscript"),
            Map.entry("www", "webpage"));
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** BibLaTeX's language names, as the IETF tags Pandoc gives them. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("english", "en-US"),
            Map.entry("american", "en-US"), Map.entry("british", "en-GB"), Map.entry("german", "de-DE"),
            Map.entry("ngerman", "de-DE"), Map.entry("french", "fr-FR"), Map.entry("spanish", "es-ES"),
            Map.entry("italian", "it-IT"), Map.entry("dutch", "nl-NL"), Map.entry("portuguese", "pt-PT"),
            Map.entry("brazil", "pt-BR"), Map.entry("arabic", "ar"));

    /** One entry as written: its type, key, line and raw field values (macros expanded). */
    record Entry(String type, String key, int line, Map<String, String> fields) {}

    private BibTeX() {}

    /**
     * The file's entries as CSL-JSON items, in file order.
     *
     * @throws IllegalArgumentException naming the line, when an entry is not well formed
     */
    static List<Map<String, Object>> items(String text) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Entry entry : BibTeXReader.entries(text)) {
            items.add(item(entry));
        }
        return items;
    }

    static Map<String, Object> item(Entry entry) {
        Fields f = new Fields(entry.fields(), language(entry.fields()));
        String type = entry.type();
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", entry.key());
        csl.put("type", cslType(type, f));
        put(csl, "genre", genre(type, f));
        put(csl, "language", f.language);
        f.date("issued", "date", "", csl);
        f.date("event-date", "eventdate", "event", csl);
        f.date("original-date", "origdate", "orig", csl);
        f.date("accessed", "urldate", "url", csl);
        f.names("author", "author", csl);
        if (!"director".equals(f.raw("editortype"))) {
            f.names("editor", "editor", csl);
        }
        f.names("translator", "translator", csl);
        f.names("container-author", "bookauthor", csl);
        put(csl, "page", f.text("pages") == null ? null : f.text("pages").replace('–', '-'));
        put(csl, "number-of-pages", f.text("pagetotal"));
        put(csl, "volume", join(".", f.text("volume"), f.text("part")));
        put(csl, "number-of-volumes", f.text("volumes"));
        put(csl, "chapter-number", f.text("chapter"));
        put(csl, "edition", f.text("edition"));
        put(csl, "version", f.text("version"));
        String number = f.text("number");
        if (number != null && BOOK_LIKE.contains(type)) {
            csl.put("collection-number", number);
        } else if (ARTICLE_LIKE.contains(type)) {
            put(csl, "issue", join(", ", number, f.text("issue")));
        } else {
            put(csl, "number", number);
        }
        put(csl, "title", title(f.title("title"), f.title("subtitle"), f.title("titleaddon")));
        String container = CHAPTER_LIKE.contains(type) ? f.title("booktitle") : null;
        if (container == null) {
            container = f.text("journaltitle") != null ? f.text("journaltitle") : f.text("journal");
        }
        put(csl, "container-title", title(container, CHAPTER_LIKE.contains(type) ? f.title("booksubtitle")
                : f.text("journalsubtitle"), null));
        put(csl, "container-title-short", f.text("shortjournal"));
        put(csl, "collection-title", f.title("series"));
        String shortTitle = f.title("shorttitle");
        if (shortTitle == null && f.title("title") != null && f.title("subtitle") == null && f.title("title").contains(":")) {
            shortTitle = f.title("title").substring(0, f.title("title").indexOf(':')).strip();
        }
        put(csl, "title-short", shortTitle);
        put(csl, "event", f.title("eventtitle"));
        put(csl, "publisher", join("; ", f.list("school"), f.list("institution"), f.list("organization"),
                f.text("howpublished"), f.list("publisher")));
        put(csl, "event-place", f.text("venue"));
        put(csl, "publisher-place", f.list("address") != null ? f.list("address") : f.list("location"));
        put(csl, "URL", url(f));
        put(csl, "DOI", f.raw("doi"));
        put(csl, "ISBN", f.raw("isbn"));
        put(csl, "ISSN", f.raw("issn"));
        put(csl, "PMCID", f.raw("pmcid"));
        put(csl, "PMID", f.raw("pmid"));
        put(csl, "call-number", f.raw("library"));
        put(csl, "note", join(". ", f.text("note"), f.text("addendum")));
        put(csl, "annote", f.text("annotation") != null ? f.text("annotation") : f.text("annote"));
        put(csl, "abstract", f.text("abstract"));
        put(csl, "keyword", f.text("keywords"));
        put(csl, "status", f.text("pubstate"));
        return csl;
    }

    private static String cslType(String type, Fields f) {
        String subtype = f.raw("entrysubtype");
        if (ARTICLE_LIKE.contains(type) && !type.equals("review")) {
            return "magazine".equals(subtype) ? "article-magazine" : "newspaper".equals(subtype) ? "article-newspaper"
                    : "article-journal";
        }
        if (type.equals("unpublished") && (f.raw("eventdate") != null || f.raw("eventtitle") != null || f.raw("venue") != null)) {
            return "speech";
        }
        // Pandoc gives @misc (and anything it does not know) no type; "document" is CSL's type for that.
        return TYPES.getOrDefault(type, "document");
    }

    private static String genre(String type, Fields f) {
        String written = f.text("type");
        if (written == null && type.equals("mastersthesis")) {
            return "Master’s thesis";
        }
        if (written == null && type.equals("phdthesis")) {
            return "PhD thesis";
        }
        return written;
    }

    private static String language(Map<String, String> fields) {
        String written = fields.get("langid") != null ? fields.get("langid") : fields.get("hyphenation");
        if (written == null) {
            return null;
        }
        String name = written.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.getOrDefault(name, name);
    }

    /** An eprint with a known archive is a URL, as Pandoc makes it. */
    private static String url(Fields f) {
        if (f.raw("url") != null) {
            return f.raw("url");
        }
        String archive = f.raw("eprinttype") != null ? f.raw("eprinttype") : f.raw("archiveprefix");
        String eprint = f.raw("eprint");
        if (archive == null || eprint == null) {
            return null;
        }
        String base = switch (archive.toLowerCase(Locale.ROOT)) {
            case "arxiv" -> "https://arxiv.org/abs/";
            case "jstor" -> "https://www.jstor.org/stable/";
            case "pubmed" -> "https://www.ncbi.nlm.nih.gov/pubmed/";
            case "googlebooks" -> "https://books.google.com?id=";
            default -> null;
        };
        return base == null ? null : base + eprint;
    }

    /** "Title: subtitle. Addon", as Pandoc joins them: no second mark after one that ends the first. */
    private static String title(String title, String subtitle, String addon) {
        if (title == null) {
            return null;
        }
        String out = title;
        for (String[] part : new String[][] {{subtitle, ":"}, {addon, "."}}) {
            if (part[0] != null) {
                out = out + (out.matches(".*[!?.,:;]$") ? " " : part[1] + " ") + part[0];
            }
        }
        return out;
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static void put(Map<String, Object> csl, String field, Object value) {
        if (value != null && !(value instanceof String s && s.isEmpty())) {
            csl.put(field, value);
        }
    }

    /** An entry's fields, read as text the way Pandoc reads each kind. */
    private static final class Fields {
        private final Map<String, String> raw;
        final String language;
        /** Pandoc puts English titles in sentence case; titles in other languages stay as written. */
        private final boolean english;

        Fields(Map<String, String> raw, String language) {
            this.raw = raw;
            this.language = language;
            this.english = language == null || language.startsWith("en");
        }

        String raw(String name) {
            String value = raw.get(name);
            return value == null ? null : value.strip();
        }

        String text(String name) {
            String value = raw.get(name);
            return value == null ? null : LaTeX.text(value);
        }

        /** A title: in sentence case when English, the words in braces as written. */
        String title(String name) {
            String value = raw.get(name);
            if (value == null) {
                return null;
            }
            return english ? SentenceCase.of(LaTeX.segments(value)) : LaTeX.text(value);
        }

        /** A BibLaTeX list ("Oxford and New York") as Pandoc writes it: items joined by "; ". */
        String list(String name) {
            String value = raw.get(name);
            return value == null ? null : String.join("; ", BibTeXNames.split(LaTeX.text(value)));
        }

        void names(String field, String name, Map<String, Object> csl) {
            String value = raw.get(name);
            if (value != null) {
                List<Map<String, Object>> names = BibTeXNames.parse(value);
                if (!names.isEmpty()) {
                    csl.put(field, names);
                }
            }
        }

        /** A date from a BibLaTeX date field (EDTF), else from year, month and day fields. */
        void date(String field, String dateField, String prefix, Map<String, Object> csl) {
            List<List<Integer>> parts = new ArrayList<>();
            String written = raw(dateField);
            if (written != null) {
                for (String end : written.split("/", -1)) {
                    List<Integer> date = new ArrayList<>();
                    for (String part : end.strip().split("-")) {
                        if (part.matches("\\d{1,4}")) {
                            date.add(Integer.parseInt(part));
                        }
                    }
                    if (!date.isEmpty()) {
                        parts.add(date);
                    }
                }
            } else if (text(prefix + "year") != null) {
                String year = text(prefix + "year");
                if (!year.matches("-?\\d{1,4}")) {
                    Map<String, Object> literal = new HashMap<>();
                    literal.put("literal", year);
                    csl.put(field, literal);
                    return;
                }
                List<Integer> date = new ArrayList<>(List.of(Integer.parseInt(year)));
                Integer month = month(raw(prefix + "month"));
                if (month != null) {
                    date.add(month);
                    if (raw(prefix + "day") != null && raw(prefix + "day").matches("\\d{1,2}")) {
                        date.add(Integer.parseInt(raw(prefix + "day")));
                    }
                }
                parts.add(date);
            }
            if (!parts.isEmpty()) {
                csl.put(field, Map.of("date-parts", parts));
            }
        }

        private static Integer month(String written) {
            if (written == null) {
                return null;
            }
            String m = written.strip().toLowerCase(Locale.ROOT);
            if (m.matches("\\d{1,2}")) {
                return Integer.parseInt(m);
            }
            int index = m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) : -1;
            return index < 0 ? null : index + 1;
        }
    }
}
