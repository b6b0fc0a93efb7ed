package org.handout.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.handout.model.BibliographyEntry;
import org.handout.model.CitedWork;
import org.handout.model.Inline;
import org.handout.model.InlineText;

/** Makes the model's bibliography entries: their text with linked identifiers, and what the work is. */
final class Entries {
    private static final List<String> IDENTIFIERS = List.of("DOI", "PMID", "PMCID");

    private Entries() {}

    static BibliographyEntry of(Source source, String label, List<Inline> content) {
        return new BibliographyEntry(source.id, label, Identifiers.link(content), List.copyOf(source.citations),
                work(source));
    }

    /**
     * A free-text entry in the style's text, with the identifiers its author wrote that the style
     * leaves out put after it, labelled as NLM labels them: they are the author's, and stay linked.
     */
    static List<Inline> withIdentifiers(List<Inline> formatted, Source source) {
        String text = InlineText.of(formatted);
        List<String> missing = new ArrayList<>();
        for (String field : IDENTIFIERS) {
            Object value = source.data.get(field);
            if (value != null && !text.toLowerCase(Locale.ROOT).contains(value.toString().toLowerCase(Locale.ROOT))) {
                missing.add(field.equals("DOI") ? "doi: " + value : field + ": " + value);
            }
        }
        if (missing.isEmpty()) {
            return formatted;
        }
        List<Inline> out = new ArrayList<>(formatted);
        out.add(new Inline.Text((text.endsWith(".") ? " " : ". ") + String.join(". ", missing) + "."));
        return out;
    }

    /**
     * The work as CSL-JSON: a data reference as given, under its key; free text under its anchor, with
     * the fields read from it, or only the identifiers found in it when it could not be read.
     */
    private static CitedWork work(Source source) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", source.isData() ? source.key : source.id);
        String text = source.isData() ? null : InlineText.of(source.text);
        if (source.data != null) {
            for (Map.Entry<String, Object> field : source.data.entrySet()) {
                csl.putIfAbsent(field.getKey(), field.getValue());
            }
        } else {
            for (Identifiers.Kind kind : Identifiers.Kind.values()) {
                String value = Identifiers.first(text, kind);
                if (value != null) {
                    csl.put(kind == Identifiers.Kind.URL ? "URL" : kind.name(), value);
                }
            }
        }
        return new CitedWork(csl, text);
    }
}
