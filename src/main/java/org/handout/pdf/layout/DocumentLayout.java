package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Byline;
import org.handout.i18n.Labels;
import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.FootnoteDefinition;
import org.handout.model.ImageFile;
import org.handout.model.Inline;
import org.handout.model.SourcePos;
import org.handout.model.InlineText;

/**
 * Lays the document out on pages, in reading order: title block, disclaimer, body, notes, then
 * the footers. Every box it makes carries its structure element or is an artifact.
 */
public final class DocumentLayout {
    private final Document document;
    private final LayoutContext context;
    private final Theme theme;
    private final PageFlow flow;
    private final TextPainter painter;
    private final ParagraphPlacer placer;
    private final List<OutlineEntry> outline = new ArrayList<>();
    private final Set<String> footnoteCalls = new HashSet<>();
    private final Map<String, String> anchorNames = new HashMap<>();
    private float left;
    private float width;
    private int listDepth;

    private DocumentLayout(Document document, LayoutContext context) {
        this.document = document;
        this.theme = context.theme();
        this.context = context;
        this.flow = new PageFlow(theme);
        this.painter = new TextPainter(flow);
        this.placer = new ParagraphPlacer(flow, painter, theme.leading());
        this.left = theme.margin();
        this.width = theme.contentWidth();
    }

    public static PageLayout layout(Document document, Theme theme, boolean keepGoing, Diagnostics diagnostics) {
        Labels labels = Labels.forLanguage(document.meta().lang());
        LayoutContext context = new LayoutContext(theme, labels, document.meta().lang(), keepGoing, diagnostics,
                document.missingFiles());
        return new DocumentLayout(document, context).run();
    }

    private PageLayout run() {
        Tag root = new Tag("Document", null);
        titleBlock(root);
        disclaimer(root);
        blocks(document.body(), root);
        footnotes(root);
        new Footers(theme, context.quiet(), document.meta().shortTitle()).addTo(flow.pages());
        return new PageLayout(flow.pages(), root, outline, anchorNames);
    }

    // ---- title block and disclaimer -------------------------------------------------------

    private void titleBlock(Tag root) {
        var meta = document.meta();
        float scale = titleScale();
        TextStyle titleStyle = TextStyle.body(theme.headingSize(1) * scale, Theme.HEADING).withBold();
        Tag h1 = new Tag("Title", root);
        flow.add(new Item.Anchor("title", flow.y(), h1));
        outline.add(new OutlineEntry(InlineText.label(meta.title()), 1, h1, flow.pageIndex(), flow.y()));
        text(List.of(new Inline.Text(meta.title())), titleStyle, h1, SourcePos.line(1));
        if (meta.subtitle() != null) {
            flow.down(theme.bodySize() * 0.2f);
            text(List.of(new Inline.Text(meta.subtitle())),
                    TextStyle.body(theme.headingSize(3) * scale, Theme.MUTED), new Tag("P", root), SourcePos.line(1));
        }
        String byline = Byline.of(meta, context.labels());
        if (!byline.isEmpty()) {
            flow.down(theme.bodySize() * 0.3f);
            text(List.of(new Inline.Text(byline)), TextStyle.body(theme.bodySize(), Theme.MUTED), new Tag("P", root),
                    SourcePos.line(1));
        }
        flow.down(theme.paragraphGap());
    }

    /** Shrinks a very long title block so that the whole disclaimer still fits on page 1. */
    private float titleScale() {
        float available = flow.remaining() - disclaimerHeight() - theme.paragraphGap() * 2;
        for (float scale = 1f; scale > 0.45f; scale -= 0.1f) {
            float size = theme.headingSize(1) * scale;
            TextBlock lines = lines(List.of(new Inline.Text(document.meta().title())),
                    TextStyle.body(size, Theme.HEADING).withBold(), new Tag("H1", null), width, SourcePos.NONE);
            float h = placer.height(lines) + theme.bodySize() * 4;
            if (h <= available) {
                return scale;
            }
        }
        return 0.45f;
    }

    private static final float BOX_PADDING = 10f;
    private static final float BOX_BORDER = 1.5f;

    /** The disclaimer box's height, from laying it out on a page of its own (the title's size depends on it). */
    private float disclaimerHeight() {
        DocumentLayout trial = new DocumentLayout(document, context.quiet());
        trial.disclaimer(new Tag("Document", null));
        return (trial.flow.pageIndex()) * (flow.top() - flow.bottom()) + flow.top() - trial.flow.y();
    }

    /**
     * A bordered box read right after the title block, its content laid out like the body. It
     * fits on page 1 (the title shrinks to make room) unless it is longer than a page.
     */
    private void disclaimer(Tag root) {
        var disclaimer = document.disclaimer();
        int startPage = flow.pageIndex();
        float top = flow.y();
        Tag sect = new Tag("Aside", root).title(disclaimer.heading()).lang(disclaimer.lang());
        flow.open(sect);
        flow.add(new Item.Anchor("disclaimer", top, sect));
        flow.down(BOX_PADDING + BOX_BORDER);
        float savedLeft = left;
        float savedWidth = width;
        left += BOX_PADDING + BOX_BORDER;
        width -= 2 * (BOX_PADDING + BOX_BORDER);
        Tag heading = new Tag("H2", sect);
        outline.add(new OutlineEntry(disclaimer.heading(), 2, heading, flow.pageIndex(), top));
        text(List.of(new Inline.Text(disclaimer.heading())), TextStyle.body(theme.headingSize(3), Theme.HEADING).withBold(),
                heading, SourcePos.NONE);
        flow.down(theme.bodySize() * 0.3f);
        blocks(disclaimer.content(), sect);
        left = savedLeft;
        width = savedWidth;
        // The last block's gap is the box's bottom padding.
        flow.down(BOX_PADDING + BOX_BORDER - theme.paragraphGap());
        float bottom = flow.y();
        for (int p = startPage; p <= flow.pageIndex(); p++) {
            float pageTop = p == startPage ? top : flow.top();
            float pageBottom = p == flow.pageIndex() ? bottom : flow.bottom();
            // Underlaid in reverse: the fill ends up above the border that frames it.
            flow.page(p).underlay(new Item.Fill(null, Artifact.LAYOUT, left + BOX_BORDER, pageBottom + BOX_BORDER,
                    width - 2 * BOX_BORDER, pageTop - pageBottom - 2 * BOX_BORDER, Theme.BOX_FILL));
            flow.page(p).underlay(new Item.Fill(null, Artifact.LAYOUT, left, pageBottom, width, pageTop - pageBottom,
                    Theme.BOX_BORDER));
        }
        flow.down(theme.paragraphGap() * 1.5f);
    }

    // ---- body -------------------------------------------------------------------------------

    private void blocks(List<Block> blocks, Tag parent) {
        for (Block block : blocks) {
            block(block, parent);
        }
    }

    private void block(Block block, Tag parent) {
        block.accept(new BlockLayout(parent));
    }

    /** Lays out one block under {@code parent}; every block type has its method, so none is skipped. */
    private final class BlockLayout implements Block.Visitor<Void> {
        private final Tag parent;

        BlockLayout(Tag parent) {
            this.parent = parent;
        }

        @Override
        public Void section(Block.Section s) {
            Tag sect = new Tag("Sect", parent).title(InlineText.label(s.heading().content()));
            if (!s.content().isEmpty() && s.content().get(0) instanceof Block.Table t
                    && new TableLayout(flow, theme, context.quiet(), footnoteCalls).needsLandscape(t, width)) {
                // The heading goes with its table onto the landscape page, never alone before it.
                flow.turn(true);
            }
            DocumentLayout.this.heading(s.heading(), sect);
            blocks(s.content(), sect);
            return null;
        }

        @Override
        public Void heading(Block.Heading h) {
            DocumentLayout.this.heading(h, parent);
            return null;
        }

        @Override
        public Void paragraph(Block.Paragraph p) {
            DocumentLayout.this.paragraph(p.content(), TextStyle.body(theme.bodySize(), Theme.TEXT), new Tag("P", parent),
                    p.pos());
            return null;
        }

        @Override
        public Void figure(Block.Figure f) {
            DocumentLayout.this.figure(f, parent);
            return null;
        }

        @Override
        public Void list(Block.ListBlock l) {
            DocumentLayout.this.list(l, parent);
            return null;
        }

        @Override
        public Void quote(Block.BlockQuote q) {
            DocumentLayout.this.quote(q, parent);
            return null;
        }

        @Override
        public Void code(Block.CodeBlock c) {
            new CodeBlockLayout(flow, theme, context, left, width).place(c, new Tag("Code", parent));
            flow.down(theme.paragraphGap());
            return null;
        }

        @Override
        public Void thematicBreak(Block.ThematicBreak thematicBreak) {
            flow.need(theme.bodySize() * 2);
            flow.down(theme.bodySize() * 0.75f);
            flow.add(new Item.Fill(null, Artifact.LAYOUT, left, flow.y(), width, 0.8f, Theme.RULE));
            flow.down(theme.bodySize() * 1.25f);
            return null;
        }

        @Override
        public Void table(Block.Table t) {
            new TableLayout(flow, theme, context, footnoteCalls).place(t, new Tag("Table", parent), left, width);
            flow.down(theme.paragraphGap());
            return null;
        }

        @Override
        public Void bibliography(Block.Bibliography b) {
            DocumentLayout.this.bibliography(b, parent);
            return null;
        }

        /** Raw HTML is its text (never a script's), in the language its element gives. */
        @Override
        public Void rawHtml(Block.RawHtml h) {
            org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(h.html()).body();
            String text = body.text();
            if (!text.isBlank()) {
                org.jsoup.nodes.Element only = body.childrenSize() == 1 ? body.child(0) : null;
                String lang = only == null ? "" : only.attr("lang").strip();
                Tag p = new Tag("P", parent);
                if (LANGUAGE_TAG.matcher(lang).matches()) {
                    p.lang(lang);
                }
                DocumentLayout.this.paragraph(List.of(new Inline.Text(text)), TextStyle.body(theme.bodySize(), Theme.TEXT),
                        p, h.pos());
            }
            return null;
        }
    }

    private void heading(Block.Heading h, Tag parent) {
        int level = Math.min(h.level(), 6);
        TextStyle style = TextStyle.body(theme.headingSize(level), Theme.HEADING).withBold();
        Tag tag = new Tag("H" + level, parent);
        TextBlock lines = lines(h.content(), style, tag, width, h.pos());
        float before = flow.atTop() ? 0 : theme.bodySize() * (level <= 2 ? 1.1f : 0.7f);
        float after = theme.bodySize() * 0.35f;
        // Keep the heading with at least two lines of what follows.
        float keep = before + placer.height(lines) + after
                + 2 * theme.bodySize() * theme.leading();
        flow.need(keep);
        if (!flow.atTop()) {
            flow.down(before);
        }
        flow.add(new Item.Anchor(h.id(), flow.y(), tag));
        anchorNames.put(h.id(), InlineText.label(h.content()));
        outline.add(new OutlineEntry(InlineText.label(h.content()), level, tag, flow.pageIndex(), flow.y()));
        placer.place(lines, left, width, lines.alignment());
        flow.down(after);
    }

    private void paragraph(List<Inline> content, TextStyle style, Tag tag, SourcePos pos) {
        text(content, style, tag, pos);
        flow.down(theme.paragraphGap());
    }

    /** Lays out and places inline content as one block of lines owned by {@code tag}. */
    private void text(List<Inline> content, TextStyle style, Tag tag, SourcePos pos) {
        flow.open(tag);
        TextBlock block = lines(content, style, tag, width, pos);
        placer.place(block, left, width, block.alignment());
    }

    private TextBlock lines(List<Inline> content, TextStyle style, Tag tag, float lineWidth, SourcePos pos) {
        return TextBlock.of(InlineFlattener.flatten(content, style, tag, footnoteCalls, context), lineWidth, context, pos);
    }

    private void figure(Block.Figure f, Tag parent) {
        Inline.Image image = f.image();
        ImageFile file = document.images().get(image.source());
        if (file == null) {
            if (!image.decorative()) {
                placeholder(image, f.pos(), parent);
            }
            return;
        }
        float maxHeight = (flow.top() - flow.bottom()) * 0.6f;
        float w = Math.min(width, file.width() * 0.75f);
        float h = w * file.height() / file.width();
        if (h > maxHeight) {
            h = maxHeight;
            w = h * file.width() / file.height();
        }
        flow.need(h + theme.paragraphGap());
        float x = left;
        float y = flow.y() - h;
        if (image.decorative()) {
            flow.add(new Item.Picture(null, Artifact.LAYOUT, file, x, y, w, h));
        } else {
            if (image.alt() == null) {
                context.diagnostics().warn(image.pos(), "image '" + image.source()
                        + "' has no text alternative: its file name is used");
            }
            String alt = image.alt() == null ? image.source().replaceAll("^.*/", "") : image.alt();
            Tag figure = new Tag("Figure", parent).alt(alt).bbox(new float[] {x, y, x + w, y + h});
            flow.add(new Item.Picture(figure, null, file, x, y, w, h));
        }
        flow.down(h + theme.paragraphGap());
    }

    /**
     * An image that could not be loaded (with keep-going): a Figure that shows and is read as its
     * text alternative, or its file name, or the word "Figure": never an empty /Alt.
     */
    private void placeholder(Inline.Image image, SourcePos pos, Tag parent) {
        String name = image.source().replaceAll("^.*/", "");
        String alt = image.alt() != null && !image.alt().isBlank() ? image.alt()
                : !name.isBlank() ? name : context.labels().get("figure");
        Tag figure = new Tag("Figure", parent).alt(alt);
        paragraph(List.of(new Inline.Emphasis(List.of(new Inline.Text("[" + context.labels().get("figure") + ": " + alt + "]")))),
                TextStyle.body(theme.bodySize(), Theme.MUTED), figure, pos);
    }

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile(
            "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static final String[] BULLETS = {"•", "◦", "▪"};

    private void list(Block.ListBlock list, Tag parent) {
        Tag l = new Tag("L", parent);
        boolean tasks = list.items().stream().anyMatch(i -> i.checked() != null);
        l.listNumbering(list.ordered() ? "Decimal" : tasks ? "Square" : new String[] {"Disc", "Circle", "Square"}[listDepth % 3]);
        flow.open(l);
        float indent = nestedIndent(theme.bodySize() * (list.ordered() ? 2.2f : 1.6f));
        int number = list.start();
        listDepth++;
        for (Block.ListItem item : list.items()) {
            String label = list.ordered() ? number + "." : item.checked() != null ? (item.checked() ? "☑" : "☐")
                    : BULLETS[(listDepth - 1) % 3];
            listItem(l, label, indent, item.content(), list.tight(), item.pos(), null);
            number++;
        }
        listDepth--;
        flow.down(theme.paragraphGap() * 0.6f);
    }

    /** Deep nesting stops indenting once six ems of line are left, so text always has room. */
    private float nestedIndent(float indent) {
        return Math.min(indent, Math.max(0, width - theme.bodySize() * 6));
    }

    /** One LI: its Lbl (none when {@code label} is null) and LBody; {@code anchor} names its top. */
    private void listItem(Tag l, String label, float indent, List<Block> content, boolean tight, SourcePos pos,
            String anchor) {
        Tag li = new Tag("LI", l);
        flow.need(2 * theme.bodySize() * theme.leading());
        if (anchor != null) {
            flow.add(new Item.Anchor(anchor, flow.y(), li));
        }
        flow.open(li);
        if (label != null) {
            TextBlock labelLines = lines(List.of(new Inline.Text(label)), TextStyle.body(theme.bodySize(), Theme.TEXT),
                    new Tag("Lbl", li), indent, pos);
            float y = flow.y();
            placer.place(labelLines.firstLine(), left, indent - 4, 1f);
            flow.down(-(y - flow.y()));
        }
        Tag body = new Tag("LBody", li);
        flow.open(body);
        float savedLeft = left;
        float savedWidth = width;
        left += indent;
        width -= indent;
        for (Block child : content) {
            if (tight && child instanceof Block.Paragraph p) {
                text(p.content(), TextStyle.body(theme.bodySize(), Theme.TEXT), new Tag("P", body), p.pos());
            } else {
                block(child, body);
            }
        }
        if (content.isEmpty()) {
            flow.down(theme.bodySize() * theme.leading());
        }
        left = savedLeft;
        width = savedWidth;
        flow.down(tight ? theme.bodySize() * 0.2f : theme.paragraphGap() * 0.4f);
    }

    /** A reference list: each entry links back to every place that cites it, as footnotes do. */
    private void bibliography(Block.Bibliography bibliography, Tag parent) {
        boolean labelled = bibliography.entries().stream().anyMatch(e -> e.label() != null);
        Tag l = new Tag("L", parent).listNumbering(labelled ? "Decimal" : "None");
        flow.open(l);
        String back = context.labels().get("back");
        for (BibliographyEntry entry : bibliography.entries()) {
            List<Inline> content = new ArrayList<>(entry.content());
            for (int n = 0; n < entry.citations().size(); n++) {
                content.add(new Inline.Text(" "));
                content.add(new Inline.Link("#" + entry.citations().get(n), null,
                        List.of(new Inline.Text(n == 0 ? back : back + " " + (n + 1))), bibliography.pos()));
                anchorNames.put(entry.citations().get(n), back);
            }
            anchorNames.put(entry.id(), entry.label() == null ? InlineText.label(entry.content()) : entry.label());
            listItem(l, entry.label(), labelled ? theme.bodySize() * 2.2f : 0,
                    List.of(new Block.Paragraph(content, bibliography.pos())), true, bibliography.pos(), entry.id());
        }
        flow.down(theme.paragraphGap() * 0.6f);
    }

    private void quote(Block.BlockQuote quote, Tag parent) {
        Tag tag = new Tag("BlockQuote", parent);
        flow.open(tag);
        float indent = nestedIndent(theme.bodySize() * 1.4f);
        int startPage = flow.pageIndex();
        float startY = flow.y();
        float savedLeft = left;
        float savedWidth = width;
        left += indent;
        width -= indent;
        blocks(quote.content(), tag);
        left = savedLeft;
        width = savedWidth;
        float endY = flow.y() + theme.paragraphGap() * 0.8f;
        for (int p = startPage; p <= flow.pageIndex(); p++) {
            float top = p == startPage ? startY : flow.top();
            float bottom = p == flow.pageIndex() ? endY : flow.bottom();
            if (top > bottom) {
                flow.page(p).add(new Item.Fill(null, Artifact.LAYOUT, left + 2, bottom, 3f, top - bottom, Theme.RULE));
            }
        }
    }

    private void footnotes(Tag root) {
        if (document.footnotes().isEmpty()) {
            return;
        }
        Labels labels = context.labels();
        Tag sect = new Tag("Sect", root).title(labels.get("notes"));
        if (!labels.lang().equals(java.util.Locale.forLanguageTag(context.lang()).getLanguage())) {
            sect.lang(labels.lang());
        }
        Block.Heading heading = new Block.Heading(2, List.of(new Inline.Text(labels.get("notes"))), "footnotes",
                SourcePos.NONE);
        heading(heading, sect);
        for (FootnoteDefinition note : document.footnotes()) {
            Tag tag = new Tag("Note", sect).id(note.id());
            flow.need(2 * theme.bodySize() * theme.leading());
            flow.add(new Item.Anchor(note.id(), flow.y(), tag));
            anchorNames.put(note.id(), labels.get("footnote") + " " + note.number());
            anchorNames.put(note.refId(), labels.get("back"));
            List<Block> content = new ArrayList<>(note.content());
            if (content.isEmpty() || !(content.get(0) instanceof Block.Paragraph)) {
                content.add(0, new Block.Paragraph(List.of(), note.pos()));
            }
            if (!(content.get(content.size() - 1) instanceof Block.Paragraph)) {
                content.add(new Block.Paragraph(List.of(), note.pos()));
            }
            for (int k = 0; k < content.size(); k++) {
                Block block = content.get(k);
                if (block instanceof Block.Paragraph p && (k == 0 || k == content.size() - 1)) {
                    List<Inline> inlines = new ArrayList<>();
                    if (k == 0) {
                        inlines.add(new Inline.Text(note.number() + ". "));
                    }
                    inlines.addAll(p.content());
                    if (k == content.size() - 1) {
                        inlines.add(new Inline.Text(" "));
                        inlines.add(new Inline.Link("#" + note.refId(), null,
                                List.of(new Inline.Text(labels.get("back"))), p.pos()));
                    }
                    paragraph(inlines, TextStyle.body(theme.bodySize(), Theme.TEXT), new Tag("P", tag), p.pos());
                } else {
                    block(block, tag);
                }
            }
        }
    }
}
