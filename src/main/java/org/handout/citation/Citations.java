package org.handout.citation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.model.BibliographyEntry;
import org.handout.model.CitationSources;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.SourcePos;
import org.handout.model.BlockRewrite;
import org.handout.model.InlineRewrite;
import org.handout.model.InlineText;
import org.handout.model.ModelWalk;


/**
 * The citation stage: finds the reference sections and the data references, links every
 * citation to its entry and every entry back to its citations, and formats data references with
 * a CSL style. Free-text entries keep the author's words unless a style is asked for (front matter
 * {@code csl:} or {@code --csl}); then an entry read as data takes the style's text when that text
 * still carries every piece of the written one, and keeps its words, with a warning, when it does
 * not. Data references that are never cited are left out, as Pandoc does. The CSL engine is only
 * started for documents that need a style's text, and under no style the default style and the
 * locale's terms are read only when a citation needs them: most handouts have none.
 */
public final class Citations {
    private final Diagnostics diagnostics;
    private final ReferenceSections sections;
    private final Map<String, Source> data = new LinkedHashMap<>();
    private final Anchors anchors = new Anchors();
    private final Set<Source> cited = new LinkedHashSet<>();
    /** Citations that name no reference, found while counting: (line, message). */
    private final List<Map.Entry<SourcePos, String>> unresolved = new ArrayList<>();
    private boolean counting;
    /** The style asked for; without one, the default, read on first use ({@link #style()}). */
    private CitationStyle style;
    private final CslLocale locale;
    private Formatter formatter;
    private Map<Source, Integer> order;
    private ClusterWriter writer;
    /** Links the citations in each block's text; while {@link #counting}, only finds them. */
    private final BlockRewrite linking = new BlockRewrite() {
        @Override
        protected List<Inline> inlines(List<Inline> inlines, SourcePos pos) {
            return new Linker(pos.line()).rewrite(inlines);
        }
    };

    private Citations(Document document, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.locale = new CslLocale(document.meta().lang());
        this.sections = new ReferenceSections(document.body(), anchors);
    }

    /** Citations are looked for in the body and the notes: the disclaimer cites nothing. */
    public static Document apply(Document document, CitationOptions options, Diagnostics diagnostics) {
        return applyToBody(document.withDisclaimer(null), options, diagnostics).withDisclaimer(document.disclaimer());
    }

    private static Document applyToBody(Document document, CitationOptions options, Diagnostics diagnostics) {
        CitationSources sources = document.meta().citations();
        Citations citations = new Citations(document, diagnostics);
        if (!sources.isEmpty()) {
            DataReferences.load(sources, options, diagnostics).forEach((key, item) -> citations.data.put(key,
                    new Source(key, citations.anchors.of(key), SourcePos.NONE, item, null, List.of())));
        }
        if (citations.sections.isEmpty() && citations.data.isEmpty()) {
            citations.count(document);
            for (Map.Entry<SourcePos, String> u : citations.unresolved) {
                diagnostics.warn(u.getKey(), u.getValue()
                        + " (the document has no references: no reference section, 'references:' or 'bibliography:')");
            }
            return document;
        }
        String requested = options.style() != null ? options.style() : sources.style();
        SourcePos stylePos = options.style() != null ? SourcePos.NONE : sources.stylePos();
        if (requested == null) {
            return citations.run(document, false);
        }
        try {
            citations.style = CitationStyle.find(requested, options.sourceFolder(), options.resourceRoot());
        } catch (IllegalArgumentException e) {
            diagnostics.error(stylePos, "citation style '" + requested + "' is not usable: " + e.getMessage());
            return document;
        }
        if (citations.style == null) {
            diagnostics.error(stylePos, "unknown citation style '" + requested + "': give the id of a bundled CSL style,"
                    + " such as 'apa' or 'vancouver', or the path of a .csl file");
            return document;
        }
        return citations.run(document, true);
    }

    private CitationStyle style() {
        if (style == null) {
            style = CitationStyle.load(CitationStyle.DEFAULT);
        }
        return style;
    }

    private Document run(Document document, boolean styled) {
        count(document);
        List<Source> ordered = new ArrayList<>(cited);
        for (Source source : sections.freeText()) {
            if (!cited.contains(source)) {
                ordered.add(source);
            }
        }
        if (ordered.isEmpty()) {
            return linking.document(document);
        }
        Map<Source, CslHtml.Entry> formatted = new LinkedHashMap<>();
        if (styled || !data(ordered).isEmpty()) {
            formatter = new Formatter(style(), locale.xml(), ordered);
            for (Map.Entry<Source, String> html : formatter.bibliography(ordered).entrySet()) {
                formatted.put(html.getKey(), styledEntry(html.getKey(), CslHtml.entry(html.getValue()), styled));
            }
        } else {
            // The author's words under no style: numbered in order of first citation, as the default style would.
            for (Source source : ordered) {
                formatted.put(source, new CslHtml.Entry((formatted.size() + 1) + ".", source.text));
            }
        }
        order = new HashMap<>();
        for (Source source : formatted.keySet()) {
            order.put(source, order.size());
        }
        Document linked = linking.document(document);
        // After linking: an entry links back to every citation of it.
        Map<Source, BibliographyEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<Source, CslHtml.Entry> entry : formatted.entrySet()) {
            entries.put(entry.getKey(), Entries.of(entry.getKey(), entry.getValue().label(), entry.getValue().content()));
        }
        List<Source> citedData = data(cited);
        Labels labels = Labels.forDocument(document.meta().lang(), document.meta().labels());
        List<Inline> heading = List.of(new Inline.Text(labels.get("references")));
        String headingLang = labels.langOf("references");
        if (!java.util.Locale.forLanguageTag(headingLang).getLanguage()
                .equals(java.util.Locale.forLanguageTag(document.meta().lang()).getLanguage())) {
            // English words in a handout whose language has no reviewed labels say so.
            heading = List.of(new Inline.Span(headingLang, null, heading));
        }
        return linked.withBody(sections.place(linked.body(), citedData, entries, heading));
    }

    /**
     * A data reference takes the style's text. A free-text entry keeps its words unless a style was
     * asked for and the style's text carries every piece of them; otherwise a warning says why.
     */
    private CslHtml.Entry styledEntry(Source source, CslHtml.Entry formatted, boolean styled) {
        if (source.isData() || !styled) {
            return source.isData() ? formatted : new CslHtml.Entry(formatted.label(), source.text);
        }
        if (source.data == null) {
            diagnostics.warn(source.pos, "reference kept as written: it is not in the NLM (PubMed) format the renderer"
                    + " reads, so the citation style cannot be applied to it");
            return new CslHtml.Entry(formatted.label(), source.text);
        }
        List<Inline> content = Entries.withIdentifiers(formatted.content(), source);
        List<String> missing = Completeness.missing(source.pieces, InlineText.of(content));
        if (missing.isEmpty()) {
            return new CslHtml.Entry(formatted.label(), content);
        }
        diagnostics.warn(source.pos, "reference kept as written: the citation style '" + style.id + "' would drop "
                + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
        return new CslHtml.Entry(formatted.label(), source.text);
    }

    /** The data references among {@code sources}, in their order. */
    private static List<Source> data(Collection<Source> sources) {
        List<Source> data = new ArrayList<>();
        for (Source source : sources) {
            if (source.isData()) {
                data.add(source);
            }
        }
        return data;
    }

    /** Finds the cited sources, in order of first citation, and the citations that name none. */
    private void count(Document document) {
        counting = true;
        linking.document(document);
        counting = false;
    }

    private List<CitationSyntax.Cluster> clusters(String text) {
        List<CitationSyntax.Cluster> found = new ArrayList<>(CitationSyntax.pandoc(text, !data.isEmpty(), locale));
        if (!sections.numbered().isEmpty()) {
            for (CitationSyntax.Cluster numeric : CitationSyntax.numeric(text)) {
                if (!overlapsAny(found, numeric)) {
                    found.add(numeric);
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static boolean overlapsAny(List<CitationSyntax.Cluster> found, CitationSyntax.Cluster cluster) {
        for (CitationSyntax.Cluster c : found) {
            if (c.overlaps(cluster)) {
                return true;
            }
        }
        return false;
    }

    private Source lookup(String key) {
        return Character.isDigit(key.charAt(0)) && data.get(key) == null ? sections.numbered().get(Integer.parseInt(key))
                : data.get(key);
    }

    /**
     * Links citations in text, counting lines at line breaks. Text and soft line breaks are gathered
     * into one run, so that a citation group may be written over several lines; any other node ends
     * the run, which is linked before the node is looked into. Containers are looked into; links and
     * code are not.
     */
    private final class Linker extends InlineRewrite {
        private final StringBuilder run = new StringBuilder();
        private int line;
        private int runLine;

        Linker(int line) {
            this.line = line;
        }

        @Override
        public List<Inline> rewrite(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>();
            for (Inline inline : inlines) {
                if (RunPart.of(inline)) {
                    inline.accept(this);
                } else {
                    flush(out);
                    out.addAll(inline.accept(this));
                }
            }
            flush(out);
            return out;
        }

        private void flush(List<Inline> out) {
            Citations.this.text(run.toString(), runLine, out);
            run.setLength(0);
        }

        private List<Inline> join(String text) {
            if (run.isEmpty()) {
                runLine = line;
            }
            run.append(text);
            return List.of();
        }

        @Override
        public List<Inline> text(Inline.Text text) {
            return join(text.text());
        }

        @Override
        public List<Inline> softBreak(Inline.SoftBreak softBreak) {
            List<Inline> none = join("\n");
            nextLine();
            return none;
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

    /** Whether an inline belongs to a run of text: text or a soft line break (its content is never looked at). */
    private static final class RunPart extends ModelWalk {
        private boolean found;

        static boolean of(Inline inline) {
            RunPart part = new RunPart();
            inline.accept(part);
            return part.found;
        }

        @Override
        public void inlines(List<Inline> inlines) {
            // Only the node itself counts.
        }

        @Override
        public Void text(Inline.Text text) {
            found = true;
            return null;
        }

        @Override
        public Void softBreak(Inline.SoftBreak softBreak) {
            found = true;
            return null;
        }
    }

    /** A run of text (soft line breaks as '\n', the first on {@code line}) with its citations linked. */
    private void text(String text, int line, List<Inline> out) {
        int at = 0;
        for (CitationSyntax.Cluster cluster : clusters(text)) {
            int clusterLine = line == 0 ? 0 : line + lineBreaks(text, cluster.start());
            List<Inline> linked = cluster(cluster, text.substring(cluster.start(), cluster.end()), SourcePos.line(clusterLine));
            if (linked != null) {
                String before = text.substring(at, cluster.start());
                // A raised number sits right after the word it follows, as Pandoc sets it; a raised group that
                // starts with words ("see 3") keeps its space, or the two would read as one word ("lengthsee").
                boolean tight = linked.get(0) instanceof Inline.Superscript raised
                        && !Character.isLetter(InlineText.of(raised.content()).codePointAt(0));
                plain(tight ? before.stripTrailing() : before, out);
                out.addAll(linked);
                at = cluster.end();
            }
        }
        plain(text.substring(at), out);
    }

    /** The line breaks before {@code end}. */
    private static int lineBreaks(String text, int end) {
        int breaks = 0;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
            breaks++;
        }
        return breaks;
    }

    /** Text back as Text and SoftBreak inlines. */
    private static void plain(String text, List<Inline> out) {
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            if (nl > start) {
                out.add(new Inline.Text(text.substring(start, nl)));
            }
            out.add(new Inline.SoftBreak());
            start = nl + 1;
        }
        if (start < text.length()) {
            out.add(new Inline.Text(text.substring(start)));
        }
    }

    /** The cluster as linked citations, or null (the marker stays as written) when nothing in it is found. */
    private List<Inline> cluster(CitationSyntax.Cluster cluster, String written, SourcePos pos) {
        boolean numericMarker = written.startsWith("[") && !written.contains("@");
        Map<String, Source> found = new HashMap<>();
        for (CitationSyntax.Cite cite : cluster.cites()) {
            Source source = lookup(cite.key());
            if (source != null) {
                found.put(cite.key(), source);
            }
            if (counting && source != null) {
                cited.add(source);
            } else if (source == null) {
                String message = numericMarker
                        ? "citation " + written + " names no entry " + cite.key() + " of the numbered reference list"
                        : "citation '@" + cite.key() + "' has no reference: it is shown as written";
                if (counting) {
                    unresolved.add(Map.entry(pos, message));
                } else {
                    diagnostics.warn(pos, message);
                }
            }
        }
        if (counting || found.isEmpty()) {
            return null;
        }
        if (writer == null) {
            writer = new ClusterWriter(style(), formatter, order);
        }
        return writer.write(cluster.cites(), found, numericMarker);
    }
}
