package org.handout.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.handout.model.Inline;
import org.handout.model.InlineText;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;

/**
 * citeproc-java for one document. Items are registered in the order given, which is the order
 * of first citation, so numeric styles number them that way. Created only for documents that need
 * a style's text, so the engine's start-up cost is paid only by them; an engine, which parses its
 * style and locale when built, is then kept for the thread's next document in the same style.
 */
final class Formatter {
    private static final ThreadLocal<Map<String, Engine>> ENGINES = ThreadLocal.withInitial(HashMap::new);
    /**
     * Stands for an item's names: an item whose names are this mark shows, by difference, which part
     * of a citation the names are (citeproc-java has no author-only or suppress-author mode).
     */
    private static final String MARK = "\u2063";

    /** A reusable engine and the items it formats, swapped for each document. */
    private record Engine(CSL csl, Items items) {}

    /** An item's citation in two parts: its names ("Eby & Eby", empty when the style shows none) and the rest. */
    record Split(List<Inline> names, List<Inline> rest) {}

    private final CitationStyle style;
    private final String locale;
    private final LocaleTerms terms;
    private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    /** The engines this document uses, ready with its items: the style's, and one per locator label that needs its own. */
    private final Map<String, CSL> engines = new HashMap<>();

    Formatter(CitationStyle style, String locale, List<Source> ordered) {
        this.style = style;
        this.locale = locale;
        this.terms = LocaleTerms.of(locale);
        for (Source source : ordered) {
            items.put(source.key, fields(source));
        }
    }

    /** The CSL-JSON item citeproc gets: the data, or, for free text in no known format, its text as the title. */
    private Map<String, Object> fields(Source source) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (source.data != null) {
            fields.putAll(source.data);
        } else {
            fields.put("type", "article");
            fields.put("title", InlineText.of(source.text));
        }
        fields.put("id", source.key);
        // citeproc-java writes form="ordinal" numbers as plain numbers: it gets "3rd" for 3.
        for (String variable : style.ordinals) {
            Object value = fields.get(variable);
            if (value != null && String.valueOf(value).strip().matches("\\d{1,4}")) {
                fields.put(variable, terms.ordinal(Integer.parseInt(String.valueOf(value).strip())));
            }
        }
        return fields;
    }

    /** The engine for citations whose locator has {@code label} (null: none, and the bibliography). */
    private CSL csl(String label) {
        String variant = label == null || !style.byLocator ? "" : label;
        return engines.computeIfAbsent(variant, v -> {
            Engine engine = ENGINES.get().computeIfAbsent(style.id + "#" + v + " " + locale,
                    key -> engine(style.xml(v.isEmpty() ? null : v), locale));
            engine.items().replace(items);
            CSL csl = engine.csl();
            csl.reset();
            csl.setOutputFormat(new MinimalHtmlFormat());
            csl.registerCitationItems(List.copyOf(items.keySet()));
            return csl;
        });
    }

    private static Engine engine(String xml, String locale) {
        Items items = new Items();
        try {
            return new Engine(new CSL(items, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), xml,
                    locale), items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current document's items, by key; a key with the mark is the item with its names replaced by it. */
    private static final class Items implements ItemDataProvider {
        private Map<String, Map<String, Object>> byKey = Map.of();

        void replace(Map<String, Map<String, Object>> items) {
            byKey = items;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            boolean marked = id.endsWith(MARK);
            Map<String, Object> fields = byKey.get(marked ? id.substring(0, id.length() - MARK.length()) : id);
            if (fields == null) {
                return null;
            }
            if (marked) {
                fields = new LinkedHashMap<>(fields);
                fields.put("id", id);
                fields.put("author", List.of(Map.of("literal", MARK)));
            }
            return CSLItemData.fromJson(fields);
        }

        @Override
        public Collection<String> getIds() {
            return byKey.keySet();
        }
    }

    /** One item cited alone, without the style's brackets or superscript. */
    List<Inline> cite(Source source, CitationSyntax.Cite cite) {
        return CslHtml.inlines(html(source.key, cite));
    }

    /**
     * The citation split at its names, found by citing the item again with the mark for its names:
     * "Eby & Eby, 2006, p. 33" gives "Eby & Eby" and "2006, p. 33". A numeric style shows no names.
     */
    Split split(Source source, CitationSyntax.Cite cite) {
        String full = html(source.key, cite);
        if (style.numeric) {
            return new Split(List.of(), CslHtml.inlines(full));
        }
        String marked = html(source.key + MARK, cite);
        int at = marked.indexOf(MARK);
        String before = at < 0 ? "" : marked.substring(0, at);
        String after = at < 0 ? marked : marked.substring(at + MARK.length());
        if (at < 0 || !full.startsWith(before) || !full.endsWith(after) || before.length() + after.length() > full.length()) {
            return new Split(List.of(), CslHtml.inlines(full));
        }
        String names = full.substring(before.length(), full.length() - after.length());
        String rest = before + after.replaceFirst("^[\\s,;:]+", "");
        return new Split(CslHtml.inlines(names), CslHtml.inlines(rest));
    }

    private String html(String key, CitationSyntax.Cite cite) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(key);
        if (cite.locator() != null) {
            item.locator(cite.locator()).label(CSLLabel.fromString(cite.label().replace(' ', '-')));
        }
        List<de.undercouch.citeproc.output.Citation> made = csl(cite.label()).makeCitation(new CSLCitation(item.build()));
        String html = made.get(made.size() - 1).getText();
        return "page".equals(cite.label()) ? pageLocator(html, cite.locator()) : html;
    }

    /**
     * A page locator as the style writes page ranges (its page-range-format and delimiter: "364-366" in
     * AMA, "364–66" in Chicago): citeproc-java writes every locator's range with an en dash, as written.
     */
    private String pageLocator(String html, String locator) {
        String delimiter = style.pageRangeDelimiter != null ? style.pageRangeDelimiter : "–";
        String written = locator.replace('-', '–');
        String styled = PageLocator.format(locator, style.pageRangeFormat, delimiter);
        int at = html.lastIndexOf(written);
        return styled == null || at < 0 ? html : html.substring(0, at) + styled + html.substring(at + written.length());
    }

    /**
     * Each source's bibliography entry (HTML), in the style's order. A numeric style lists its
     * entries in the order they were registered, so they pair up with the sources directly;
     * for other styles each entry is found by formatting its source alone.
     */
    Map<Source, String> bibliography(List<Source> sources) {
        CSL csl = csl(null);
        String[] all = csl.makeBibliography().getEntries();
        Map<Source, String> ordered = new LinkedHashMap<>();
        if (style.numeric && all.length == sources.size()) {
            for (int i = 0; i < all.length; i++) {
                ordered.put(sources.get(i), all[i]);
            }
            return ordered;
        }
        Map<String, ArrayDeque<Source>> byEntry = new HashMap<>();
        for (Source source : sources) {
            byEntry.computeIfAbsent(csl.makeBibliography(i -> i.getId().equals(source.key)).getEntries()[0].strip(),
                    k -> new ArrayDeque<>()).add(source);
        }
        for (String entry : all) {
            Source source = byEntry.getOrDefault(entry.strip(), new ArrayDeque<>()).poll();
            if (source != null) {
                ordered.put(source, entry);
            }
        }
        return ordered;
    }
}
