package org.handout.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Stands for an item cut to its first names and its last, for a style's "A, B, … Z" rule (see {@link #withLastName}). */
    private static final String CUT = "\u2062";

    /** A reusable engine and the items it formats, swapped for each document. */
    private record Engine(CSL csl, Items items) {}

    /** An item's citation in two parts: its names ("Eby & Eby", empty when the style shows none) and the rest. */
    record Split(List<Inline> names, List<Inline> rest) {}

    private final CitationStyle style;
    private final String locale;
    private final ItemFixes fixes;
    private final LocaleTerms terms;
    private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    /** The engines this document uses, ready with its items: the style's, and one per locator label that needs its own. */
    private final Map<String, CSL> engines = new HashMap<>();
    /** The bibliography's engine, once chosen. */
    private CSL bibliography;

    Formatter(CitationStyle style, String locale, List<Source> ordered) {
        this.style = style;
        this.locale = locale;
        this.terms = LocaleTerms.of(locale);
        this.fixes = new ItemFixes(style, terms);
        for (Source source : ordered) {
            items.put(source.key, fixes.adjusted(fields(source)));
        }
        if (style.rules.yearSuffix && !style.numeric) {
            disambiguate();
        }
    }

    /**
     * Items whose citations read the same ("Altman & Bland, 1994") get "a", "b"… after the year, in
     * the bibliography's order, as the style asks (citeproc-java does not disambiguate). The other
     * ways of disambiguating (more names, given names) are not applied.
     */
    private void disambiguate() {
        CitationSyntax.Cite plain = new CitationSyntax.Cite("", CitationSyntax.Form.NORMAL, "", null, null, "");
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (CSLItemData item : csl(null).getRegisteredItems()) {
            byText.computeIfAbsent(html(item.getId(), plain), k -> new ArrayList<>()).add(item.getId());
        }
        boolean changed = false;
        for (List<String> same : byText.values()) {
            for (int i = 0; same.size() > 1 && i < same.size(); i++) {
                items.get(same.get(i)).put("year-suffix", String.valueOf((char) ('a' + i)));
                changed = true;
            }
        }
        if (changed) {
            engines.clear();
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
        return fields;
    }

    /** The engine for citations whose locator has {@code label} (null: none, and the bibliography). */
    private CSL csl(String label) {
        String variant = label == null || !style.byLocator ? "" : label;
        return prepared(variant, style.xml(variant.isEmpty() ? null : variant), items);
    }

    /** The engine for the bibliography: the citations' one, unless the bibliography needs its items otherwise. */
    private CSL bibliographyCsl() {
        if (bibliography == null) {
            Map<String, Map<String, Object>> forBibliography = new LinkedHashMap<>();
            items.forEach((key, item) -> forBibliography.put(key, fixes.forBibliography(item)));
            bibliography = forBibliography.equals(items) ? csl(null) : prepared("bibliography", style.xml(null), forBibliography);
        }
        return bibliography;
    }

    private CSL prepared(String variant, String xml, Map<String, Map<String, Object>> items) {
        return engines.computeIfAbsent(variant, v -> {
            Engine engine = ENGINES.get().computeIfAbsent(style.id + "#" + v + " " + locale, key -> engine(xml, locale));
            engine.items().replace(items, style.rules.etAlUseFirst);
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

    /**
     * The current document's items, by key. A key with the mark is the item with its names replaced by
     * the mark; a key with the cut is the item with its authors cut to the first {@code useFirst} and the last.
     */
    private static final class Items implements ItemDataProvider {
        private Map<String, Map<String, Object>> byKey = Map.of();
        private int useFirst;

        void replace(Map<String, Map<String, Object>> items, int useFirst) {
            byKey = items;
            this.useFirst = useFirst;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            String variant = id.endsWith(MARK) ? MARK : id.endsWith(CUT) ? CUT : "";
            Map<String, Object> fields = byKey.get(id.substring(0, id.length() - variant.length()));
            if (fields == null) {
                return null;
            }
            if (!variant.isEmpty()) {
                fields = new LinkedHashMap<>(fields);
                fields.put("id", id);
                fields.put("author", variant.equals(MARK) ? List.of(Map.of("literal", MARK)) : cut((List<?>) fields.get("author")));
            }
            return CSLItemData.fromJson(fields);
        }

        private List<Object> cut(List<?> names) {
            List<Object> out = new ArrayList<>(names.subList(0, useFirst));
            out.add(names.get(names.size() - 1));
            return out;
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

    /**
     * The names a narrative citation in a numeric style starts with, which the style itself never
     * prints: the authors' (else the editors') family names, "Eby and Eby" for two and "Rothman et
     * al." for three or more, in the locale's words; empty when the item names nobody.
     */
    String narrativeNames(Source source) {
        Map<String, Object> item = items.get(source.key);
        Object names = item.get("author") instanceof List<?> authors && !authors.isEmpty() ? authors : item.get("editor");
        if (!(names instanceof List<?> list) || list.isEmpty()) {
            return "";
        }
        List<String> families = new ArrayList<>();
        for (Object name : list) {
            if (name instanceof Map<?, ?> map) {
                Object family = map.get("family") != null ? map.get("family") : map.get("literal");
                Object particle = map.get("non-dropping-particle");
                if (family != null && !String.valueOf(family).equals("others")) {
                    families.add((particle == null ? "" : particle + " ") + family);
                }
            }
        }
        if (families.isEmpty()) {
            return "";
        }
        return families.size() == 1 ? families.get(0) : families.size() == 2
                ? families.get(0) + " " + terms.and + " " + families.get(1) : families.get(0) + " " + terms.etAl;
    }

    private String html(String key, CitationSyntax.Cite cite) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(key);
        if (cite.locator() != null) {
            item.locator(cite.locator()).label(CSLLabel.fromString(cite.label().replace(' ', '-')));
        }
        List<de.undercouch.citeproc.output.Citation> made = csl(cite.label()).makeCitation(new CSLCitation(item.build()));
        String html = fixes.mended(made.get(made.size() - 1).getText(), items.get(key.replace(MARK, "")));
        return "page".equals(cite.label()) ? pageLocator(html, cite.locator()) : html;
    }

    /**
     * A page locator as the style writes page ranges (its page-range-format and delimiter: "364-366" in
     * AMA, "364–66" in Chicago): citeproc-java writes every locator's range with an en dash, as written.
     */
    private String pageLocator(String html, String locator) {
        String delimiter = style.rules.pageRangeDelimiter != null ? style.rules.pageRangeDelimiter : "–";
        String written = locator.replace('-', '–');
        String styled = PageLocator.format(locator, style.rules.pageRangeFormat, delimiter);
        int at = html.lastIndexOf(written);
        return styled == null || at < 0 ? html : html.substring(0, at) + styled + html.substring(at + written.length());
    }

    /**
     * Each source's bibliography entry (HTML), in the style's order. A numeric style lists its
     * entries in the order they were registered, so they pair up with the sources directly;
     * for other styles each entry is found by formatting its source alone.
     */
    Map<Source, String> bibliography(List<Source> sources) {
        CSL csl = bibliographyCsl();
        String[] all = csl.makeBibliography().getEntries();
        Map<Source, String> ordered = new LinkedHashMap<>();
        if (style.numeric && all.length == sources.size()) {
            for (int i = 0; i < all.length; i++) {
                ordered.put(sources.get(i), all[i]);
            }
        } else {
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
        }
        ordered.replaceAll((source, html) -> fixes.mended(withLastName(html, source.key), items.get(source.key)));
        if (style.rules.subsequentAuthorSubstitute != null) {
            substituteRepeatedNames(ordered);
        }
        return ordered;
    }

    /**
     * An entry by the same names as the entry before it starts with the style's substitute ("———"),
     * which citeproc-java does not apply. The names' part of an entry is found as a citation's is:
     * by formatting it again with the mark for its names.
     */
    private void substituteRepeatedNames(Map<Source, String> ordered) {
        String previous = null;
        for (Map.Entry<Source, String> entry : ordered.entrySet()) {
            String key = entry.getKey().key;
            CSL csl = bibliographyCsl();
            csl.makeCitation(key + MARK);
            String marked = fixes.mended(csl.makeBibliography(i -> i.getId().equals(key + MARK)).getEntries()[0],
                    items.get(key));
            String html = entry.getValue();
            int at = marked.indexOf(MARK);
            String after = at < 0 ? null : marked.substring(at + MARK.length());
            String names = at < 0 || !html.startsWith(marked.substring(0, at)) || !html.endsWith(after) ? null
                    : html.substring(at, html.length() - after.length());
            if (names != null && names.equals(previous)) {
                entry.setValue(html.substring(0, at) + style.rules.subsequentAuthorSubstitute + after);
            }
            previous = names;
        }
    }

    /**
     * An entry whose authors the style cuts with its "A, B, … Z" rule (et-al-use-last, as APA's
     * for 21 or more authors), which citeproc-java writes "A, B, et al.": the item is formatted with
     * its first names and its last, and the word before the last name becomes the ellipsis.
     */
    private String withLastName(String html, String key) {
        if (style.rules.etAlMin == 0 || !(items.get(key).get("author") instanceof List<?> authors)
                || authors.size() < style.rules.etAlMin || !(authors.get(authors.size() - 1) instanceof Map<?, ?> last)
                || last.get("family") == null) {
            return html;
        }
        CSL csl = bibliographyCsl();
        csl.makeCitation(key + CUT);
        String cut = csl.makeBibliography(i -> i.getId().equals(key + CUT)).getEntries()[0];
        Matcher and = Pattern.compile("(?:&amp;|&|\\band)\\s+(?=" + Pattern.quote(String.valueOf(last.get("family"))) + ")")
                .matcher(cut);
        return and.find() ? cut.substring(0, and.start()) + "… " + cut.substring(and.end()) : html;
    }
}
