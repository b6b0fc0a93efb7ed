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
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * citeproc-java for one document. Items are registered in the order given, which is the order
 * of first citation, so numeric styles number them that way. Created only for documents with
 * references, so the engine's start-up cost is paid only by them; an engine, which parses its
 * style and locale when built, is then kept for the thread's next document in the same style.
 */
final class Formatter {
    private static final ThreadLocal<Map<String, Engine>> ENGINES = ThreadLocal.withInitial(HashMap::new);

    /** A reusable engine and the items it formats, swapped for each document. */
    private record Engine(CSL csl, Items items) {}

    private final CSL csl;
    private final boolean numeric;

    Formatter(CitationStyle style, String locale, List<Source> ordered) {
        Map<String, CSLItemData> items = new LinkedHashMap<>();
        for (Source source : ordered) {
            items.put(source.key, source.data != null ? source.data : new CSLItemDataBuilder().id(source.key)
                    .type(CSLType.ARTICLE).title(InlineText.of(source.text)).build());
        }
        Engine engine = ENGINES.get().computeIfAbsent(style.id + " " + locale, key -> engine(style, locale));
        engine.items().replace(items);
        csl = engine.csl();
        numeric = style.numeric;
        csl.reset();
        csl.setOutputFormat(new MinimalHtmlFormat());
        csl.registerCitationItems(ordered.stream().map(s -> s.key).toList());
    }

    private static Engine engine(CitationStyle style, String locale) {
        Items items = new Items();
        try {
            return new Engine(new CSL(items, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), style.xml,
                    locale), items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current document's items, by key. */
    private static final class Items implements ItemDataProvider {
        private Map<String, CSLItemData> byKey = Map.of();

        void replace(Map<String, CSLItemData> items) {
            byKey = items;
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return byKey.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return byKey.keySet();
        }
    }

    /** One item cited alone, without the style's brackets or superscript. */
    List<Inline> cite(Source source, CitationSyntax.Cite cite) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(source.key);
        if (cite.locator() != null) {
            item.locator(cite.locator()).label(cite.label());
        }
        return CslHtml.inlines(csl.makeCitation(new CSLCitation(item.build())).get(0).getText());
    }

    /**
     * Each source's bibliography entry (HTML), in the style's order. A numeric style lists its
     * entries in the order they were registered, so they pair up with the sources directly;
     * for other styles each entry is found by formatting its source alone.
     */
    Map<Source, String> bibliography(List<Source> sources) {
        String[] all = csl.makeBibliography().getEntries();
        Map<Source, String> ordered = new LinkedHashMap<>();
        if (numeric && all.length == sources.size()) {
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
