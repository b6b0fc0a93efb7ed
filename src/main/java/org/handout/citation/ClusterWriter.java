package org.handout.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.handout.model.Inline;
import org.handout.model.InlineText;

/**
 * Writes a group of citations as the style has it, each item a link of its own: sorted when the style
 * sorts (in runs, as Pandoc sorts), items by the same names collapsed ("Altman & Bland, 1994a,
 * 1994b") when the style collapses years, narrative and author-suppressed items as Pandoc writes
 * them, inside the style's brackets or raised.
 */
final class ClusterWriter {
    private final CitationStyle style;
    /** The CSL engine, or null when free text under no style is numbered by {@code order} alone. */
    private final Formatter formatter;
    /** Each listed source's place in the bibliography. */
    private final Map<Source, Integer> order;

    ClusterWriter(CitationStyle style, Formatter formatter, Map<Source, Integer> order) {
        this.style = style;
        this.formatter = formatter;
        this.order = order;
    }

    /**
     * The group's inlines; {@code sources} holds each found item's source by its key, and an item with
     * none is written as it was: its number in a numeric marker ({@code numericMarker}), else @ and its key.
     */
    List<Inline> write(List<CitationSyntax.Cite> group, Map<String, Source> sources, boolean numericMarker) {
        List<CitationSyntax.Cite> cites = style.sorted ? sorted(group, sources) : group;
        List<Inline> items = new ArrayList<>();
        String previousNames = null;
        boolean collapsing = false;
        for (CitationSyntax.Cite cite : cites) {
            Source source = sources.get(cite.key());
            if (source != null && cite.form() == CitationSyntax.Form.NARRATIVE && formatter != null) {
                return style.numeric ? numericNarrative(source, cite) : List.of(narrative(source, cite));
            }
            Formatter.Split split = source != null && collapses(cite) ? formatter.split(source, cite) : null;
            String names = split == null ? null : InlineText.of(split.names());
            boolean collapsed = names != null && !names.isEmpty() && names.equals(previousNames) && cite.prefix().isEmpty();
            if (!items.isEmpty()) {
                items.add(new Inline.Text(collapsed ? style.rules.citeGroupDelimiter : collapsing
                        && style.rules.afterCollapseDelimiter != null ? style.rules.afterCollapseDelimiter : style.delimiter));
            }
            collapsing = collapsed;
            previousNames = cite.suffix().isEmpty() ? names : null;
            if (!cite.prefix().isEmpty()) {
                items.add(new Inline.Text(cite.prefix() + " "));
            }
            if (source == null) {
                items.add(new Inline.Text(numericMarker ? cite.key() : "@" + cite.key()));
                continue;
            }
            items.add(new Inline.Citation(source.id, source.nextCitationId(), collapsed ? split.rest() : item(source, cite)));
            if (!cite.suffix().isEmpty()) {
                items.add(new Inline.Text(cite.suffix()));
            }
        }
        return wrap(items);
    }

    private boolean collapses(CitationSyntax.Cite cite) {
        return formatter != null && style.rules.collapseYear && !style.numeric
                && cite.form() == CitationSyntax.Form.NORMAL;
    }

    /**
     * The group in the bibliography's order, as a style with a citation sort key has it, and as
     * Pandoc sorts: a prefix starts and a suffix ends a run that is sorted on its own, so that "see"
     * stays with the item it was written before. A key with no reference keeps its place.
     */
    private List<CitationSyntax.Cite> sorted(List<CitationSyntax.Cite> cites, Map<String, Source> sources) {
        List<CitationSyntax.Cite> out = new ArrayList<>(cites);
        int start = 0;
        for (int i = 0; i <= cites.size(); i++) {
            boolean runEnds = i == cites.size() || !cites.get(i).prefix().isEmpty() && i > start
                    || i > start && !cites.get(i - 1).suffix().isEmpty();
            if (runEnds) {
                sortRun(out, start, i, sources);
                start = i;
            }
        }
        return out;
    }

    private void sortRun(List<CitationSyntax.Cite> cites, int from, int to, Map<String, Source> sources) {
        List<Integer> slots = new ArrayList<>();
        List<CitationSyntax.Cite> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Source source = sources.get(cites.get(i).key());
            if (source != null && order.containsKey(source)) {
                slots.add(i);
                found.add(cites.get(i));
            }
        }
        found.sort(Comparator.comparingInt(c -> order.get(sources.get(c.key()))));
        for (int i = 0; i < slots.size(); i++) {
            cites.set(slots.get(i), found.get(i));
        }
    }

    /**
     * One item's text: the style's, or, for free text under no style, its number. Author-suppressed
     * citations in an author-date style leave out the names; in a numeric style they are like any
     * other, as Pandoc writes them.
     */
    private List<Inline> item(Source source, CitationSyntax.Cite cite) {
        if (formatter == null) {
            return List.of(new Inline.Text(String.valueOf(order.get(source) + 1)));
        }
        if (cite.form() == CitationSyntax.Form.SUPPRESS_AUTHOR && !style.numeric) {
            return formatter.split(source, cite).rest();
        }
        return formatter.cite(source, cite);
    }

    /** "Eby & Eby (2006, p. 33)" in an author-date style, as Pandoc writes a narrative citation. */
    private Inline narrative(Source source, CitationSyntax.Cite cite) {
        Formatter.Split split = formatter.split(source, cite);
        List<Inline> content = new ArrayList<>(split.names());
        List<Inline> rest = new ArrayList<>(split.rest());
        if (!cite.suffix().isEmpty()) {
            rest.add(new Inline.Text(cite.suffix()));
        }
        if (!InlineText.of(rest).isBlank()) {
            content.add(new Inline.Text(content.isEmpty() ? "(" : " ("));
            content.addAll(rest);
            content.add(new Inline.Text(")"));
        }
        return new Inline.Citation(source.id, source.nextCitationId(), content);
    }

    /**
     * "Eby and Eby¹" in a numeric style: the names the sentence needs as its subject, then the number.
     * Pandoc 2.17 writes the number alone, which leaves "¹ described patients"; its later versions
     * write the names too.
     */
    private List<Inline> numericNarrative(Source source, CitationSyntax.Cite cite) {
        String names = formatter.narrativeNames(source);
        List<Inline> items = new ArrayList<>(item(source, cite));
        if (!cite.suffix().isEmpty()) {
            items.add(new Inline.Text(cite.suffix()));
        }
        List<Inline> content = new ArrayList<>();
        if (!names.isEmpty()) {
            content.add(new Inline.Text(names + (style.superscript ? "" : " ")));
        }
        content.addAll(wrap(items));
        return List.of(new Inline.Citation(source.id, source.nextCitationId(), content));
    }

    private List<Inline> wrap(List<Inline> items) {
        List<Inline> inner = new ArrayList<>();
        if (!style.prefix.isEmpty()) {
            inner.add(new Inline.Text(style.prefix));
        }
        inner.addAll(items);
        if (!style.suffix.isEmpty()) {
            inner.add(new Inline.Text(style.suffix));
        }
        return style.superscript ? List.of(new Inline.Superscript(inner)) : inner;
    }
}
