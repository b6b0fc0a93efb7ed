package org.handout.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.CitationSources;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.model.BlockRewrite;
import org.handout.model.SourcePos;
import org.handout.model.InlineText;


/**
 * The citation stage: finds the reference sections and the data references, links every
 * citation to its entry and every entry back to its citations, and formats structured entries
 * with a CSL style. Data references that are never cited are left out, as Pandoc does.
 */
public final class Citations {
    private final Diagnostics diagnostics;
    private final ReferenceSections sections;
    private final Map<String, Source> data = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<Source> cited = new LinkedHashSet<>();
    private CitationStyle style;
    private Formatter formatter;

    private Citations(Document document, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.sections = new ReferenceSections(document.body(), this::anchor);
    }

    /** Citations are looked for in the body and the notes: the disclaimer cites nothing. */
    public static Document apply(Document document, CitationOptions options, Diagnostics diagnostics) {
        return applyToBody(document.withDisclaimer(null), options, diagnostics).withDisclaimer(document.disclaimer());
    }

    private static Document applyToBody(Document document, CitationOptions options, Diagnostics diagnostics) {
        CitationSources sources = document.meta().citations();
        Citations citations = new Citations(document, diagnostics);
        if (!sources.isEmpty()) {
            DataReferences.load(sources, options, diagnostics)
                    .forEach((key, item) -> citations.data.put(key, new Source(key, citations.anchor(key), item, null)));
        }
        if (citations.sections.isEmpty() && citations.data.isEmpty()) {
            return document;
        }
        String styleId = options.style() != null ? options.style() : sources.style() != null ? sources.style()
                : CitationStyle.DEFAULT;
        citations.style = CitationStyle.load(styleId);
        if (citations.style == null) {
            diagnostics.error(options.style() != null ? SourcePos.NONE : sources.stylePos(), "unknown citation style '"
                    + styleId + "': give the id of a style bundled from the CSL repository, such as 'apa' or 'vancouver'");
            return document;
        }
        return citations.run(document);
    }

    private Document run(Document document) {
        BlockRewrite.ofInlines((inlines, pos) -> {
            clusters(InlineText.of(inlines)).forEach(c -> c.cites().forEach(cite -> {
                Source source = lookup(cite.key());
                if (source != null) {
                    cited.add(source);
                }
            }));
            return inlines;
        }).document(document);
        List<Source> ordered = new ArrayList<>(cited);
        sections.freeText().stream().filter(s -> !cited.contains(s)).forEach(ordered::add);
        if (ordered.isEmpty()) {
            return BlockRewrite.ofInlines(this::rewrite).document(document);
        }
        try {
            formatter = new Formatter(style, CitationStyle.locale(document.meta().lang()), ordered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document linked = BlockRewrite.ofInlines(this::rewrite).document(document);
        List<Source> citedData = cited.stream().filter(s -> s.text == null).toList();
        Map<Source, BibliographyEntry> entries = new LinkedHashMap<>();
        formatter.bibliography(ordered).forEach((source, html) -> entries.put(source, Entries.of(source, html)));
        String heading = Labels.forLanguage(document.meta().lang()).get("references");
        return linked.withBody(sections.place(linked.body(), citedData, entries, heading));
    }

    private List<CitationSyntax.Cluster> clusters(String text) {
        List<CitationSyntax.Cluster> found = new ArrayList<>();
        if (!data.isEmpty()) {
            found.addAll(CitationSyntax.pandoc(text, true));
        }
        if (!sections.numbered().isEmpty()) {
            found.addAll(CitationSyntax.numeric(text));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private Source lookup(String key) {
        return Character.isDigit(key.charAt(0)) && data.get(key) == null ? sections.numbered().get(Integer.parseInt(key))
                : data.get(key);
    }

    /** Replaces the citations in one block's text. */
    private List<Inline> rewrite(List<Inline> inlines, SourcePos pos) {
        return new Linker(pos.line()).rewrite(inlines);
    }

    /** Links citations in text, counting lines at line breaks; a link's own text is not looked into. */
    private final class Linker extends InlineRewrite {
        private int line;

        Linker(int line) {
            this.line = line;
        }

        @Override
        public List<Inline> text(Inline.Text text) {
            List<Inline> out = new ArrayList<>();
            Citations.this.text(text.text(), SourcePos.line(line), out);
            return out;
        }

        @Override
        public List<Inline> softBreak(Inline.SoftBreak softBreak) {
            nextLine();
            return List.of(softBreak);
        }

        @Override
        public List<Inline> hardBreak(Inline.HardBreak hardBreak) {
            nextLine();
            return List.of(hardBreak);
        }

        private void nextLine() {
            if (line > 0) {
                line++;
            }
        }

        @Override
        public List<Inline> link(Inline.Link link) {
            return List.of(link);
        }
    }

    private void text(String text, SourcePos pos, List<Inline> out) {
        int at = 0;
        for (CitationSyntax.Cluster cluster : clusters(text)) {
            List<Inline> linked = cluster(cluster, text.substring(cluster.start(), cluster.end()), pos);
            if (linked != null) {
                if (cluster.start() > at) {
                    out.add(new Inline.Text(text.substring(at, cluster.start())));
                }
                out.addAll(linked);
                at = cluster.end();
            }
        }
        if (at < text.length()) {
            out.add(new Inline.Text(text.substring(at)));
        }
    }

    /** The cluster as linked citations, or null (the marker stays as written) when nothing in it is found. */
    private List<Inline> cluster(CitationSyntax.Cluster cluster, String written, SourcePos pos) {
        List<Inline> items = new ArrayList<>();
        boolean any = false;
        for (CitationSyntax.Cite cite : cluster.cites()) {
            if (!items.isEmpty()) {
                items.add(new Inline.Text(style.delimiter));
            }
            if (!cite.prefix().isEmpty()) {
                items.add(new Inline.Text(cite.prefix() + " "));
            }
            Source source = lookup(cite.key());
            if (source == null) {
                diagnostics.warn(pos, written.startsWith("[") && !written.contains("@")
                        ? "citation " + written + " names no entry " + cite.key() + " of the numbered reference list"
                        : "citation '@" + cite.key() + "' has no reference: it is shown as written");
                items.add(new Inline.Text(written.startsWith("[") && !written.contains("@") ? cite.key() : "@" + cite.key()));
                continue;
            }
            any = true;
            if (cite.form() == CitationSyntax.Form.NARRATIVE) {
                return narrative(source, cite);
            }
            items.add(new Inline.Citation(source.id, source.nextCitationId(), item(source, cite)));
            if (!cite.suffix().isEmpty()) {
                items.add(new Inline.Text(" " + cite.suffix()));
            }
        }
        return any ? wrap(items) : null;
    }

    private List<Inline> item(Source source, CitationSyntax.Cite cite) {
        if (cite.form() == CitationSyntax.Form.SUPPRESS_AUTHOR && !style.numeric) {
            return List.of(new Inline.Text(Names.year(source.data)));
        }
        return formatter.cite(source, cite);
    }

    /** "Zarate et al.¹" in a numeric style, "Zarate et al. (2013)" in an author-date one. */
    private List<Inline> narrative(Source source, CitationSyntax.Cite cite) {
        String names = source.data == null ? InlineText.of(source.text) : Names.of(source.data);
        List<Inline> content = new ArrayList<>();
        content.add(new Inline.Text(names + (style.superscript ? "" : " ")));
        if (style.numeric) {
            content.addAll(wrap(formatter.cite(source, cite)));
        } else {
            content.add(new Inline.Text("(" + Names.year(source.data) + ")"));
        }
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

    /** A unique anchor for an entry: "ref-" and the key, in characters any id allows. */
    private String anchor(String key) {
        String base = "ref-" + key.replaceAll("[^A-Za-z0-9_-]+", "-");
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
