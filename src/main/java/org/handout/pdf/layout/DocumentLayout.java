package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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
import org.handout.theme.HouseStyle;

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
    private final TableLayout tables;
    /** For measuring what is laid out (and reported) later. */
    private final LayoutContext measuring;
    private final List<OutlineEntry> outline = new ArrayList<>();
    private final Set<String> footnoteCalls = new HashSet<>();
    private final Map<String, String> anchorNames = new HashMap<>();
    /** Paragraphs measured whole ({@link #measure}). */
    private final Map<Measured, TextBlock> measured = new HashMap<>();
    /**
     * The title is set at full size on trust, and the layout given up (run returns null) when the disclaimer then
     * does not fit on page 1 below it; otherwise the title's size comes from trial layouts of both.
     */
    private final boolean fullTitleOnTrust;
    private float left;
    private float width;
    private int listDepth;

    private DocumentLayout(Document document, LayoutContext context, boolean fullTitleOnTrust) {
        this.document = document;
        this.fullTitleOnTrust = fullTitleOnTrust;
        this.theme = context.theme();
        this.context = context;
        this.flow = new PageFlow(theme);
        this.painter = new TextPainter(flow);
        this.placer = new ParagraphPlacer(flow, painter, theme.leading());
        this.tables = new TableLayout(flow, theme, context, footnoteCalls);
        this.measuring = context.quiet();
        this.left = theme.margin();
        this.width = theme.contentWidth();
    }

    public static PageLayout layout(Document document, Theme theme, boolean keepGoing, Diagnostics diagnostics) {
        Labels labels = Labels.forDocument(document.meta().lang(), document.meta().labels());
        LayoutContext context = new LayoutContext(theme, labels, document.meta().lang(), keepGoing, diagnostics,
                document.missingFiles());
        // Most title blocks leave the whole disclaimer room on page 1 at the title's full size: then the disclaimer
        // is laid out once. Where it is not, both are laid out again, the disclaimer first on a trial page.
        int reported = diagnostics.count();
        PageLayout layout = new DocumentLayout(document, context, true).run();
        if (layout == null) {
            diagnostics.forgetAfter(reported);
            layout = new DocumentLayout(document, context, false).run();
        }
        return layout;
    }

    private PageLayout run() {
        Tag root = new Tag("Document", null);
        publisher(root);
        int page = flow.pageIndex();
        float top = flow.y();
        // What title block and disclaimer may take of page 1, keeping two gaps' room below them.
        float room = flow.remaining() - theme.paragraphGap() * 2;
        if (fullTitleOnTrust) {
            titleBlock(root, 1f);
            disclaimer(root);
            if (flow.pageIndex() != page || top - flow.y() > room) {
                return null;
            }
        } else {
            float boxHeight = trialHeight(trial -> trial.disclaimer(new Tag("Document", null)));
            titleBlock(root, titleScale(room - boxHeight));
            disclaimer(root);
        }
        blocks(document.body(), root, Following.NOTHING);
        footnotes(root);
        flow.dropBlankLastPage();
        new Footers(theme, context.quiet(), document.meta().shortTitle()).addTo(flow.pages());
        paintPages();
        return new PageLayout(flow.pages(), root, outline, anchorNames,
                theme.house() == null ? null : theme.house().name());
    }

    /** A house style's page colour, beneath everything else on every page; white paper is left unpainted. */
    private void paintPages() {
        if (theme.colors().page() != null) {
            for (LaidOutPage page : flow.pages()) {
                page.underlay(new Item.Fill(null, Artifact.BACKGROUND, 0, 0, page.width(), page.height(),
                        theme.colors().page()));
            }
        }
    }

    // ---- title block and disclaimer -------------------------------------------------------

    private void titleBlock(Tag root, float scale) {
        var meta = document.meta();
        TextStyle titleStyle = TextStyle.body(theme.faces(), theme.headingSize(1) * scale, theme.colors().heading()).withBold()
                .withHeading();
        Tag h1 = new Tag("H1", root);
        flow.add(new Item.Anchor("title", flow.y(), h1));
        outline.add(new OutlineEntry(InlineText.label(meta.title()), 1, h1, flow.pageIndex(), flow.y()));
        text(List.of(new Inline.Text(meta.title())), titleStyle, h1, SourcePos.line(1));
        if (meta.subtitle() != null) {
            flow.down(theme.bodySize() * 0.2f);
            text(List.of(new Inline.Text(meta.subtitle())),
                    TextStyle.body(theme.faces(), theme.headingSize(3) * scale, theme.colors().muted()), new Tag("P", root), SourcePos.line(1));
        }
        String byline = Byline.of(meta, context.labels());
        if (!byline.isEmpty()) {
            flow.down(theme.bodySize() * 0.3f);
            text(List.of(new Inline.Text(byline)), TextStyle.body(theme.faces(), theme.bodySize(), theme.colors().muted()), new Tag("P", root),
                    SourcePos.line(1), true);
        }
        flow.down(theme.paragraphGap());
    }

    /**
     * A house style's logo and organisation name, above the title: the logo a Figure with its alt (an artifact
     * when decorative), at most half the measure wide, and the name a paragraph beside it, centred on it.
     */
    private void publisher(Tag root) {
        HouseStyle house = theme.house();
        if (house == null || house.name() == null && house.logo() == null) {
            return;
        }
        float top = flow.y();
        float logoHeight = 0;
        float x = left;
        if (house.logo() != null) {
            ImageFile image = house.logo().image();
            logoHeight = theme.bodySize() * 3.2f;
            float logoWidth = Math.min(width / 2, logoHeight * image.width() / image.height());
            logoHeight = logoWidth * image.height() / image.width();
            float y = top - logoHeight;
            if (house.logo().decorative()) {
                flow.add(new Item.Picture(null, Artifact.LAYOUT, image, x, y, logoWidth, logoHeight));
            } else {
                Tag figure = new Tag("Figure", root).alt(house.logo().alt())
                        .bbox(new float[] {x, y, x + logoWidth, top});
                flow.add(new Item.Picture(figure, null, image, x, y, logoWidth, logoHeight));
            }
            x += logoWidth + theme.bodySize();
        }
        if (house.name() != null) {
            Tag name = new Tag("P", root);
            float nameWidth = width - (x - left);
            TextBlock lines = lines(List.of(new Inline.Text(house.name())),
                    TextStyle.body(theme.faces(), theme.bodySize() * 1.1f, theme.colors().text()).withBold(), name, nameWidth, SourcePos.NONE);
            flow.down(Math.max(0, (logoHeight - placer.height(lines)) / 2));
            flow.open(name);
            placer.place(lines, x, nameWidth, lines.alignment());
        }
        flow.down(Math.max(0, flow.y() - (top - logoHeight)) + theme.paragraphGap());
    }

    /** The largest of the title's sizes, in steps of a tenth down to 45 %, at which the title block fits {@code room}. */
    private float titleScale(float room) {
        for (float scale = 1f; scale > 0.45f; scale -= 0.1f) {
            float at = scale;
            if (trialHeight(trial -> trial.titleBlock(new Tag("Document", null), at)) <= room) {
                return scale;
            }
        }
        return 0.45f;
    }

    private static final float BOX_PADDING = 10f;
    private static final float BOX_BORDER = 1.5f;

    /** The height of what {@code part} lays out on a trial layout that starts a page and reports nothing. */
    private float trialHeight(Consumer<DocumentLayout> part) {
        DocumentLayout trial = new DocumentLayout(document, context.quiet(), false);
        part.accept(trial);
        return trial.flow.pageIndex() * (flow.top() - flow.bottom()) + flow.top() - trial.flow.y();
    }

    /**
     * A bordered box read right after the title block, its content laid out like the body. It
     * fits on page 1 (the title shrinks to make room) unless it is longer than a page.
     */
    private void disclaimer(Tag root) {
        var disclaimer = document.disclaimer();
        int startPage = flow.pageIndex();
        float top = flow.y();
        // A language is stated only where it changes: a Lang equal to the document's tells nothing.
        Tag sect = new Tag("Aside", root).title(disclaimer.heading())
                .lang(disclaimer.lang().equals(context.lang()) ? null : disclaimer.lang());
        flow.open(sect);
        flow.add(new Item.Anchor("disclaimer", top, sect));
        flow.down(BOX_PADDING + BOX_BORDER);
        float savedLeft = left;
        float savedWidth = width;
        left += BOX_PADDING + BOX_BORDER;
        width -= 2 * (BOX_PADDING + BOX_BORDER);
        Tag heading = new Tag("H2", sect);
        String headingLang = context.labels().langOf("disclaimer.heading");
        if (!Locale.forLanguageTag(disclaimer.lang()).getLanguage().equals(Locale.forLanguageTag(headingLang).getLanguage())) {
            heading.lang(headingLang);
        }
        outline.add(new OutlineEntry(disclaimer.heading(), 2, heading, flow.pageIndex(), top));
        text(List.of(new Inline.Text(disclaimer.heading())), TextStyle.body(theme.faces(), theme.headingSize(3), theme.colors().disclaimerHeading()).withBold()
                .withHeading(),
                heading, SourcePos.NONE, true);
        flow.down(theme.bodySize() * 0.3f);
        blocks(disclaimer.content(), sect, Following.NOTHING);
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
                    width - 2 * BOX_BORDER, pageTop - pageBottom - 2 * BOX_BORDER, theme.colors().boxFill()));
            flow.page(p).underlay(new Item.Fill(null, Artifact.LAYOUT, left, pageBottom, width, pageTop - pageBottom,
                    theme.colors().boxBorder()));
        }
        flow.down(theme.paragraphGap() * 1.5f);
    }

    // ---- body -------------------------------------------------------------------------------

    /**
     * The blocks after one, in reading order at the same measure: the rest of its container, then
     * (for the last block of a section) what follows the section. A heading keeps with the start of
     * these.
     */
    private record Following(List<Block> blocks, int from, Following outer) {
        static final Following NOTHING = new Following(List.of(), 0, null);

        Block first() {
            return from < blocks.size() ? blocks.get(from) : outer == null ? null : outer.first();
        }

        Following rest() {
            return from < blocks.size() ? new Following(blocks, from + 1, outer) : outer == null ? NOTHING : outer.rest();
        }
    }

    /**
     * What the start of a block needs on its page: the height that must not be separated from
     * what precedes it (a heading or a caption), and whether it goes on a landscape page.
     */
    private record Start(float height, boolean landscape) {
        static final Start NONE = new Start(0, false);

        Start below(float above) {
            return new Start(above + height, landscape);
        }
    }

    private void blocks(List<Block> blocks, Tag parent, Following outer) {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).accept(new BlockLayout(parent, new Following(blocks, i + 1, outer)));
        }
    }

    /** The start of the first of {@code following}, at the current measure. */
    private Start startOf(Following following) {
        return startOf(following, width);
    }

    private Start startOf(Following following, float lineWidth) {
        Block first = following.first();
        return first == null ? Start.NONE : first.accept(new StartOf(lineWidth, following.rest()));
    }

    /** The start of the first of {@code blocks} at {@code lineWidth}; nothing follows it at that measure. */
    private Start startOf(List<Block> blocks, float lineWidth) {
        return startOf(new Following(blocks, 0, null), lineWidth);
    }

    /** Lays out one block under {@code parent}; every block type has its method, so none is skipped. */
    private final class BlockLayout implements Block.Visitor<Void> {
        private final Tag parent;
        private final Following following;

        BlockLayout(Tag parent, Following following) {
            this.parent = parent;
            this.following = following;
        }

        @Override
        public Void section(Block.Section s) {
            Tag sect = new Tag("Sect", parent).title(InlineText.label(s.heading().content()));
            DocumentLayout.this.heading(s.heading(), sect, startOf(new Following(s.content(), 0, following)));
            blocks(s.content(), sect, following);
            return null;
        }

        @Override
        public Void heading(Block.Heading h) {
            DocumentLayout.this.heading(h, parent, startOf(following));
            return null;
        }

        @Override
        public Void paragraph(Block.Paragraph p) {
            Tag tag = new Tag("P", parent);
            Block next = following.first();
            if (Captions.isCaption(p) && (next instanceof Block.Table || next instanceof Block.Figure)) {
                captionAbove(p, tag, startOf(following));
            } else {
                DocumentLayout.this.paragraph(p.content(), bodyStyle(), tag, p.pos());
            }
            return null;
        }

        @Override
        public Void figure(Block.Figure f) {
            DocumentLayout.this.figure(f, parent, captionBelow());
            return null;
        }

        @Override
        public Void list(Block.ListBlock l) {
            // A list that ends its item adds no space of its own: nested lists' gaps would pile up at the end.
            DocumentLayout.this.list(l, parent, listDepth == 0 || following.first() != null);
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
            if (following.first() == null && theme.bodySize() * 2 > flow.remaining()) {
                // A rule that ends the text and would need a page of its own separates nothing.
                return null;
            }
            flow.need(theme.bodySize() * 2);
            flow.down(theme.bodySize() * 0.75f);
            flow.add(new Item.Fill(null, Artifact.LAYOUT, left, flow.y(), width, 0.8f, theme.colors().rule()));
            flow.down(theme.bodySize() * 1.25f);
            return null;
        }

        @Override
        public Void table(Block.Table t) {
            tables.place(t, new Tag("Table", parent), left, width, captionBelow());
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
            org.jsoup.nodes.Element body = rawHtmlBody(h);
            String text = body.text();
            if (!text.isBlank()) {
                org.jsoup.nodes.Element only = body.childrenSize() == 1 ? body.child(0) : null;
                String lang = only == null ? "" : only.attr("lang").strip();
                Tag p = new Tag("P", parent);
                if (LANGUAGE_TAG.matcher(lang).matches()) {
                    p.lang(lang);
                }
                DocumentLayout.this.paragraph(List.of(new Inline.Text(text)), bodyStyle(), p, h.pos());
            }
            return null;
        }

        /** The height of a caption right below this table or figure, which must stay with its end; else 0. */
        private float captionBelow() {
            return following.first() instanceof Block.Paragraph p && Captions.isCaption(p)
                    ? theme.paragraphGap() + startHeight(p.content(), width, p.pos())
                    : 0;
        }
    }

    /**
     * Measures the start of a block without placing anything: for a paragraph its first lines (all
     * of a short one, as {@link ParagraphPlacer} places them), for a heading itself and the start of
     * what follows it, for a list or quote the start of its first block, for a table its header and
     * first row, for a figure all of it. Each method agrees with what placing the block asks of the
     * page, so that a heading that reserves this much never ends up alone.
     */
    private final class StartOf implements Block.Visitor<Start> {
        private final float lineWidth;
        private final Following following;

        StartOf(float lineWidth, Following following) {
            this.lineWidth = lineWidth;
            this.following = following;
        }

        @Override
        public Start section(Block.Section s) {
            return heading(s.heading(), new Following(s.content(), 0, following));
        }

        @Override
        public Start heading(Block.Heading h) {
            return heading(h, following);
        }

        private Start heading(Block.Heading h, Following next) {
            return startOf(next, lineWidth).below(headingHeight(h, lineWidth));
        }

        @Override
        public Start paragraph(Block.Paragraph p) {
            return text(p.content(), p.pos());
        }

        private Start text(List<Inline> content, SourcePos pos) {
            return new Start(startHeight(content, lineWidth, pos), false);
        }

        @Override
        public Start figure(Block.Figure f) {
            return new Start(figureSize(f, lineWidth).height(), false);
        }

        @Override
        public Start list(Block.ListBlock l) {
            if (l.items().isEmpty()) {
                return Start.NONE;
            }
            return itemStart(l.items().get(0).content(), lineWidth - nestedIndent(listIndent(l), lineWidth));
        }

        @Override
        public Start quote(Block.BlockQuote q) {
            return startOf(q.content(), lineWidth - nestedIndent(QUOTE_INDENT * theme.bodySize(), lineWidth));
        }

        @Override
        public Start code(Block.CodeBlock c) {
            return new Start(CodeBlockLayout.startHeight(c, theme), false);
        }

        @Override
        public Start thematicBreak(Block.ThematicBreak thematicBreak) {
            return new Start(theme.bodySize() * 2, false);
        }

        @Override
        public Start table(Block.Table t) {
            return new Start(tables.startHeight(t, lineWidth), !flow.landscape() && tables.needsLandscape(t, lineWidth));
        }

        @Override
        public Start rawHtml(Block.RawHtml h) {
            String text = rawHtmlText(h);
            return text.isBlank() ? Start.NONE : text(List.of(new Inline.Text(text)), h.pos());
        }

        @Override
        public Start bibliography(Block.Bibliography b) {
            if (b.entries().isEmpty()) {
                return Start.NONE;
            }
            return itemStart(List.of(new Block.Paragraph(b.entries().get(0).content(), b.pos())),
                    lineWidth - (labelled(b) ? theme.bodySize() * 2.2f : 0));
        }

        /** A list item's start: its first block's, and at least the line its label sits on. */
        private Start itemStart(List<Block> content, float bodyWidth) {
            Start first = startOf(content, bodyWidth);
            return new Start(Math.max(first.height(), theme.bodySize() * theme.leading()), first.landscape());
        }
    }

    private TextStyle bodyStyle() {
        return TextStyle.body(theme.faces(), theme.bodySize(), theme.colors().text());
    }

    private static String rawHtmlText(Block.RawHtml h) {
        return rawHtmlBody(h).text();
    }

    /** A raw HTML block's elements; a summary's words stand apart from the details they open (jsoup reads it as inline). */
    private static org.jsoup.nodes.Element rawHtmlBody(Block.RawHtml h) {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(h.html()).body();
        body.select("summary").after(" ");
        return body;
    }

    /** Starts a new page unless {@code height} and the start of what it keeps with fit here; turns it for a landscape table. */
    private void keepWith(float height, Start next) {
        if (next.landscape() && !flow.landscape()) {
            flow.turn(true);
        }
        flow.need(height + next.height());
    }

    private static int level(Block.Heading h) {
        return Math.min(h.level(), 6);
    }

    private TextStyle headingStyle(Block.Heading h) {
        return TextStyle.body(theme.faces(), theme.headingSize(level(h)), theme.colors().heading()).withBold().withHeading();
    }

    private float spaceAbove(Block.Heading h) {
        return theme.bodySize() * (level(h) <= 2 ? 1.1f : 0.7f);
    }

    private float spaceBelow() {
        return theme.bodySize() * 0.35f;
    }

    /** A heading's height with the space around it, as it follows another heading. */
    private float headingHeight(Block.Heading h, float lineWidth) {
        TextBlock lines = measure(h.content(), headingStyle(h), lineWidth, h.pos());
        return spaceAbove(h) + placer.height(lines) + spaceBelow();
    }

    /** A heading, on the page where {@code next}, the start of what follows it, begins too. */
    private void heading(Block.Heading h, Tag parent, Start next) {
        int level = level(h);
        Tag tag = new Tag("H" + level, parent);
        TextBlock lines = lines(h.content(), headingStyle(h), tag, width, h.pos());
        float before = flow.atTop() ? 0 : spaceAbove(h);
        float after = spaceBelow();
        keepWith(before + placer.height(lines) + after, next);
        if (!flow.atTop()) {
            flow.down(before);
        }
        flow.add(new Item.Anchor(h.id(), flow.y(), tag));
        anchorNames.put(h.id(), InlineText.label(h.content()));
        outline.add(new OutlineEntry(InlineText.label(h.content()), level, tag, flow.pageIndex(), flow.y()));
        placer.place(lines, left, width, alignment(lines, h.pos() == SourcePos.NONE));
        flow.down(after);
    }

    private void paragraph(List<Inline> content, TextStyle style, Tag tag, SourcePos pos) {
        text(content, style, tag, pos);
        flow.down(theme.paragraphGap());
    }

    /** A caption above a table or figure: all of it, on the page where {@code object}'s start fits too. */
    private void captionAbove(Block.Paragraph caption, Tag tag, Start object) {
        TextBlock block = lines(caption.content(), bodyStyle(), tag, width, caption.pos());
        keepWith(placer.height(block) + theme.paragraphGap(), object);
        flow.open(tag);
        placer.place(block, left, width, block.alignment());
        flow.down(theme.paragraphGap());
    }

    /** Lays out and places inline content as one block of lines owned by {@code tag}. */
    private void text(List<Inline> content, TextStyle style, Tag tag, SourcePos pos) {
        text(content, style, tag, pos, false);
    }

    /** {@code renderersWords}: a heading or byline the renderer writes, which follows the document's direction. */
    private void text(List<Inline> content, TextStyle style, Tag tag, SourcePos pos, boolean renderersWords) {
        flow.open(tag);
        TextBlock block = lines(content, style, tag, width, pos);
        placer.place(block, left, width, alignment(block, renderersWords));
    }

    /**
     * The author's text aligns by its own direction (a Hebrew paragraph in an English handout stands
     * at the right); the renderer's own headings and byline align by the document's, even when
     * they are English words in a Persian handout.
     */
    private float alignment(TextBlock block, boolean renderersWords) {
        return renderersWords && context.rightToLeft() ? 1f : block.alignment();
    }

    private TextBlock lines(List<Inline> content, TextStyle style, Tag tag, float lineWidth, SourcePos pos) {
        return TextBlock.of(InlineFlattener.flatten(content, style, tag, footnoteCalls, context), lineWidth, context, pos);
    }

    /**
     * The same lines for measuring: they report nothing and mark no footnote call as placed. Kept
     * by content, style and width, since every level of nested sections measures the paragraph
     * that opens them (the footnote calls placed so far change no line, only anchors).
     */
    private TextBlock measure(List<Inline> content, TextStyle style, float lineWidth, SourcePos pos) {
        Measured key = new Measured(new IdentityKey(content), style, lineWidth);
        TextBlock lines = measured.get(key);
        if (lines == null) {
            lines = TextBlock.of(InlineFlattener.flatten(content, style, null, new HashSet<>(footnoteCalls), measuring),
                    lineWidth, measuring, pos);
            measured.put(key, lines);
        }
        return lines;
    }

    /**
     * The height of the lines that must begin a page with this paragraph ({@link ParagraphPlacer#startHeight}).
     * A long paragraph is measured from its first characters alone, enough for more than
     * {@code 2 * MIN_LINES} lines: lines are filled one after another, so those first lines are the
     * whole paragraph's. (Keeping every block with the next measured every paragraph whole, a fifth of
     * a long document's layout.) Where its start makes fewer lines, the whole paragraph is measured.
     */
    private float startHeight(List<Inline> content, float lineWidth, SourcePos pos) {
        TextStyle style = bodyStyle();
        // No line holds more characters than this: no glyph but a zero-width one is narrower than 0.15 em.
        long enough = (long) (3 * ParagraphPlacer.MIN_LINES * lineWidth / (0.15f * style.size()));
        List<Segment> segments = InlineFlattener.flatten(content, style, null, new HashSet<>(footnoteCalls), measuring);
        // First a third of that, enough lines at half an em a character, as most text is; the bound alone left
        // almost every paragraph to be measured whole (a third of a long document's layout).
        for (long length : new long[] {enough / 3, enough}) {
            List<Segment> start = prefix(segments, length);
            if (start == segments) {
                break;
            }
            TextBlock lines = TextBlock.of(start, lineWidth, measuring, pos);
            if (lines.lines().size() > 2 * ParagraphPlacer.MIN_LINES) {
                return placer.startHeight(lines);
            }
        }
        return placer.startHeight(measure(content, style, lineWidth, pos));
    }

    /** The segments cut after {@code length} chars (at a code point's end), or the same list if they are no longer. */
    private static List<Segment> prefix(List<Segment> segments, long length) {
        List<Segment> out = new ArrayList<>();
        long left = length;
        for (Segment segment : segments) {
            String text = segment.text();
            if (text.length() >= left) {
                int cut = (int) left;
                if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
                if (cut == text.length() && out.size() == segments.size() - 1) {
                    return segments;
                }
                out.add(new Segment(text.substring(0, cut), segment.style(), segment.owner(), segment.uri(),
                        segment.anchor(), segment.id()));
                return out;
            }
            out.add(segment);
            left -= text.length();
        }
        return segments;
    }

    private record Measured(IdentityKey content, TextStyle style, float lineWidth) {
        // Written out: a record's generated equals and hashCode link through invokedynamic at their first call, which
        // costs a cold start milliseconds per record type (issue 20). No map keyed by them is iterated.
        @Override
        public boolean equals(Object other) {
            return other instanceof Measured m && content.equals(m.content) && style.equals(m.style)
                    && Float.compare(lineWidth, m.lineWidth) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(content, style, lineWidth);
        }
    }

    /** A list compared by identity: two equal paragraphs elsewhere in the document are measured each. */
    private record IdentityKey(List<Inline> content) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey key && key.content == content;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(content);
        }
    }


    /** An image on the page: at its size at 96 dpi, at most the measure wide and 60 % of the page's height tall. */
    private record FigureSize(ImageFile file, float width, float height) {}

    /** The size of a figure's image at {@code lineWidth}; it is always loaded: the transforms turn a missing one into words. */
    private FigureSize figureSize(Block.Figure f, float lineWidth) {
        ImageFile file = Objects.requireNonNull(document.images().get(f.image().source()), "run the transforms first");
        float maxHeight = (flow.top() - flow.bottom()) * 0.6f;
        float w = Math.min(lineWidth, file.width() * 0.75f);
        float h = w * file.height() / file.width();
        if (h > maxHeight) {
            h = maxHeight;
            w = h * file.width() / file.height();
        }
        return new FigureSize(file, w, h);
    }

    /** A figure, never split, on the page where the first lines of a caption below it ({@code keepAfter}) fit too. */
    private void figure(Block.Figure f, Tag parent, float keepAfter) {
        Inline.Image image = f.image();
        FigureSize size = figureSize(f, width);
        ImageFile file = size.file();
        float w = size.width();
        float h = size.height();
        flow.need(h + keepAfter);
        float x = left;
        float y = flow.y() - h;
        if (image.decorative()) {
            flow.add(new Item.Picture(null, Artifact.LAYOUT, file, x, y, w, h));
        } else {
            if (image.alt() == null) {
                context.diagnostics().warn(image.pos(), "image '" + image.source()
                        + "' has no text alternative: its file name is used");
            }
            Tag figure = new Tag("Figure", parent).alt(image.textAlternative()).bbox(new float[] {x, y, x + w, y + h});
            flow.add(new Item.Picture(figure, null, file, x, y, w, h));
        }
        flow.down(h + theme.paragraphGap());
    }

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile(
            "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static final String[] BULLETS = {"•", "◦", "▪"};
    /**
     * The deepest a list item's body or a quote may sit in the structure tree: with a paragraph and
     * the inline elements inside it (Reference, Link, Span), the tree stays within the 40 levels that
     * pdf.js (Firefox's viewer) reads; deeper, it drops the rest, and a reader meets it out of order.
     */
    private static final int STRUCTURE_DEPTH = 32;
    /** Lists and quotes stop indenting where the measure would drop below this share of the page's. */
    private static final float MIN_MEASURE = 0.6f;
    private static final float QUOTE_INDENT = 1.4f;
    /** Space between a list label and its item's text. */
    private static final float LABEL_GAP = 4f;

    /** Where the last list label was drawn, so that a label hanging into the same column a line later does not cover it. */
    private record LabelBox(int page, float y, float left, float right) {}

    private LabelBox lastLabel;

    /** The label column: 1.6 em for bullets, 2.2 em for numbers, or as wide as the widest number needs. */
    private float listIndent(Block.ListBlock list) {
        if (!list.ordered()) {
            return theme.bodySize() * 1.6f;
        }
        String widest = (list.start() + Math.max(0, list.items().size() - 1)) + ".";
        TextBlock label = measure(List.of(new Inline.Text(widest)), bodyStyle(), Float.MAX_VALUE, list.pos());
        return Math.max(theme.bodySize() * 2.2f, label.lines().get(0).width() + LABEL_GAP);
    }

    /**
     * A list; one too deep for the structure tree (see {@link #STRUCTURE_DEPTH}) keeps its look, but
     * its items' labels and blocks join the enclosing element, in order, instead of nesting further.
     */
    private void list(Block.ListBlock list, Tag parent, boolean spaceAfter) {
        boolean flat = parent.depth() + 3 > STRUCTURE_DEPTH;
        Tag l = flat ? parent : new Tag("L", parent);
        boolean tasks = false;
        for (Block.ListItem item : list.items()) {
            tasks |= item.checked() != null;
        }
        if (!flat) {
            l.listNumbering(list.ordered() ? "Decimal" : tasks ? "Square" : new String[] {"Disc", "Circle", "Square"}[listDepth % 3]);
        }
        flow.open(l);
        float labelIndent = listIndent(list);
        float indent = nestedIndent(labelIndent, width);
        int number = list.start();
        listDepth++;
        for (Block.ListItem item : list.items()) {
            String label = list.ordered() ? number + "." : item.checked() != null ? (item.checked() ? "☑" : "☐")
                    : BULLETS[(listDepth - 1) % 3];
            listItem(l, flat, label, labelIndent, indent, item.content(), list.tight(), item.pos(), null);
            number++;
        }
        listDepth--;
        if (spaceAfter) {
            flow.down(theme.paragraphGap() * 0.6f);
        }
    }

    /**
     * The indent of a nested list or quote at {@code lineWidth}: all of it while the measure stays
     * at least {@link #MIN_MEASURE} of the page's, else none. Deeper levels then keep their parent's
     * left edge (labels hang to its left), so text never runs in a narrow column.
     */
    private float nestedIndent(float indent, float lineWidth) {
        return lineWidth - indent >= MIN_MEASURE * theme.contentWidth() ? indent : 0;
    }

    /**
     * One LI: its Lbl (none when {@code label} is null), right-aligned in the {@code labelIndent}
     * before the text, and LBody, {@code indent} in from the current left edge; {@code anchor} names
     * its top. The item starts on the page where the first lines of its content fit. A {@code flat}
     * item makes no LI or LBody: its label (a P) and blocks go into {@code l}, the enclosing element.
     */
    private void listItem(Tag l, boolean flat, String label, float labelIndent, float indent, List<Block> content,
            boolean tight, SourcePos pos, String anchor) {
        Tag li = flat ? l : new Tag("LI", l);
        // In a right-to-left document the label stands at the right of the text, and the indent is on the right.
        boolean mirrored = context.rightToLeft();
        float labelLeft = mirrored ? left + width - indent + LABEL_GAP : left + indent - labelIndent;
        float labelRight = mirrored ? left + width - indent + labelIndent : left + indent - LABEL_GAP;
        if (label != null && labelColumnTaken(labelLeft, labelRight)) {
            flow.down(theme.bodySize() * theme.leading());
        }
        float line = theme.bodySize() * theme.leading();
        Start start = startOf(content, width - indent);
        keepWith(0, new Start(Math.max(start.height(), line), start.landscape()));
        int page = flow.pageIndex();
        float top = flow.y();
        if (anchor != null) {
            flow.add(new Item.Anchor(anchor, flow.y(), li));
        }
        flow.open(li);
        if (label != null) {
            TextBlock labelLines = lines(List.of(new Inline.Text(label)), bodyStyle(), new Tag(flat ? "P" : "Lbl", li),
                    labelIndent, pos);
            float y = flow.y();
            lastLabel = new LabelBox(flow.pageIndex(), y, labelLeft, labelRight);
            placer.place(labelLines.firstLine(), labelLeft, labelIndent - LABEL_GAP, mirrored ? 0f : 1f);
            flow.down(-(y - flow.y()));
        }
        Tag body = flat ? li : new Tag("LBody", li);
        flow.open(body);
        float savedLeft = left;
        float savedWidth = width;
        left += mirrored ? 0 : indent;
        width -= indent;
        for (int k = 0; k < content.size(); k++) {
            if (tight && content.get(k) instanceof Block.Paragraph p) {
                text(p.content(), bodyStyle(), new Tag("P", body), p.pos());
            } else {
                content.get(k).accept(new BlockLayout(body, new Following(content, k + 1, null)));
            }
        }
        if (flow.pageIndex() == page && flow.y() > top - line) {
            // An item with nothing to show (or only what is not drawn) still takes its label's line.
            flow.down(flow.y() - (top - line));
        }
        left = savedLeft;
        width = savedWidth;
        flow.down(tight ? theme.bodySize() * 0.2f : theme.paragraphGap() * 0.4f);
    }

    /** True when a label drawn on this line would overlap the last one: an item whose text starts with a nested list. */
    private boolean labelColumnTaken(float labelLeft, float labelRight) {
        return lastLabel != null && lastLabel.page() == flow.pageIndex() && Math.abs(lastLabel.y() - flow.y()) < 0.01f
                && labelLeft < lastLabel.right() && lastLabel.left() < labelRight;
    }

    /** Whether a reference list's entries are numbered (any has a label). */
    private static boolean labelled(Block.Bibliography bibliography) {
        for (BibliographyEntry entry : bibliography.entries()) {
            if (entry.label() != null) {
                return true;
            }
        }
        return false;
    }

    /** A reference list: each entry links back to every place that cites it, as footnotes do. */
    private void bibliography(Block.Bibliography bibliography, Tag parent) {
        boolean labelled = labelled(bibliography);
        Tag l = new Tag("L", parent).listNumbering(labelled ? "Decimal" : "None");
        flow.open(l);
        for (BibliographyEntry entry : bibliography.entries()) {
            List<Inline> content = new ArrayList<>(entry.content());
            content.addAll(backLinks(entry.citations(), bibliography.pos()));
            anchorNames.put(entry.id(), entry.label() == null ? InlineText.label(entry.content()) : entry.label());
            float indent = labelled ? theme.bodySize() * 2.2f : 0;
            listItem(l, false, entry.label(), indent, indent, List.of(new Block.Paragraph(content, bibliography.pos())), true,
                    bibliography.pos(), entry.id());
        }
        flow.down(theme.paragraphGap() * 0.6f);
    }

    /** " Back to text", " Back to text 2"…: one link back to each call, as the HTML has. */
    /**
     * The renderer's words for a label, in a Span that says their language when it is not the
     * document's (English words in a handout whose language has no reviewed labels).
     */
    private List<Inline> labelWords(String key, String words) {
        String lang = context.labels().langOf(key);
        boolean own = Locale.forLanguageTag(lang).getLanguage().equals(Locale.forLanguageTag(context.lang()).getLanguage());
        return own ? List.of(new Inline.Text(words)) : List.of(new Inline.Span(lang, null, List.of(new Inline.Text(words))));
    }

    private List<Inline> backLinks(List<String> calls, SourcePos pos) {
        String back = context.labels().get("back");
        List<Inline> links = new ArrayList<>();
        for (int n = 0; n < calls.size(); n++) {
            links.add(new Inline.Text(" "));
            links.add(new Inline.Link("#" + calls.get(n), null, labelWords("back", n == 0 ? back : back + " " + (n + 1)),
                    pos));
            anchorNames.put(calls.get(n), back);
        }
        return links;
    }

    /** A quote; one too deep for the structure tree (see {@link #STRUCTURE_DEPTH}) keeps its look, its blocks join the enclosing element. */
    private void quote(Block.BlockQuote quote, Tag parent) {
        Tag tag = parent.depth() + 1 > STRUCTURE_DEPTH ? parent : new Tag("BlockQuote", parent);
        flow.open(tag);
        float indent = nestedIndent(QUOTE_INDENT * theme.bodySize(), width);
        int startPage = flow.pageIndex();
        float startY = flow.y();
        float savedLeft = left;
        float savedWidth = width;
        boolean mirrored = context.rightToLeft();
        left += mirrored ? 0 : indent;
        width -= indent;
        blocks(quote.content(), tag, Following.NOTHING);
        left = savedLeft;
        width = savedWidth;
        if (indent == 0) {
            // Beyond the indentation cap a quote has no room for its rule: its text keeps its parent's left edge.
            return;
        }
        float endY = flow.y() + theme.paragraphGap() * 0.8f;
        for (int p = startPage; p <= flow.pageIndex(); p++) {
            float top = p == startPage ? startY : flow.top();
            float bottom = p == flow.pageIndex() ? endY : flow.bottom();
            if (top > bottom) {
                float x = mirrored ? left + width - 5 : left + 2;
                flow.page(p).add(new Item.Fill(null, Artifact.LAYOUT, x, bottom, 3f, top - bottom, theme.colors().rule()));
            }
        }
    }

    private void footnotes(Tag root) {
        if (document.footnotes().isEmpty()) {
            return;
        }
        Labels labels = context.labels();
        Tag sect = new Tag("Sect", root).title(labels.get("notes"));
        // Only the heading is the renderer's: the notes are the author's words, in the document's language.
        Block.Heading heading = new Block.Heading(2, labelWords("notes", labels.get("notes")), "footnotes", SourcePos.NONE);
        heading(heading, sect, startOf(noteContent(document.footnotes().get(0)), width));
        for (FootnoteDefinition note : document.footnotes()) {
            Tag tag = new Tag("Note", sect).id(note.id());
            List<Block> content = noteContent(note);
            keepWith(0, startOf(content, width));
            flow.add(new Item.Anchor(note.id(), flow.y(), tag));
            anchorNames.put(note.id(), labels.get("footnote") + " " + note.number());
            blocks(content, tag, Following.NOTHING);
        }
    }

    /** A note's blocks as shown: its number before the first paragraph, a link back to each call after the last. */
    private List<Block> noteContent(FootnoteDefinition note) {
        List<Block> content = new ArrayList<>(note.content());
        if (content.isEmpty() || !(content.get(0) instanceof Block.Paragraph)) {
            content.add(0, new Block.Paragraph(List.of(), note.pos()));
        }
        if (!(content.get(content.size() - 1) instanceof Block.Paragraph)) {
            content.add(new Block.Paragraph(List.of(), note.pos()));
        }
        Block.Paragraph first = (Block.Paragraph) content.get(0);
        List<Inline> opening = new ArrayList<>();
        opening.add(new Inline.Text(note.number() + ". "));
        opening.addAll(first.content());
        content.set(0, new Block.Paragraph(opening, first.pos()));
        int end = content.size() - 1;
        Block.Paragraph last = (Block.Paragraph) content.get(end);
        List<Inline> closing = new ArrayList<>(last.content());
        closing.addAll(backLinks(note.calls(), last.pos()));
        content.set(end, new Block.Paragraph(closing, last.pos()));
        return content;
    }
}
