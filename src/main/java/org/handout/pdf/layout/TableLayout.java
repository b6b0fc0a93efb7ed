package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.handout.model.Block;
import org.handout.model.InlineText;

/**
 * Tables with column widths from their content, as browsers' automatic table layout does: each
 * column's minimum is its longest unbreakable stretch (under {@link CellBreaks}, so units and short
 * words stay whole) and its maximum its natural one-line width; the width left over the minimums
 * goes to the columns in proportion to how much more they could use. A table too wide for the page
 * gets smaller type down to a readable floor, then a landscape page of its own, and only if it is
 * still too wide do words break inside cells, in the widest columns first: it is never clipped. Rows
 * that do not fit move to the next page, where the header row is repeated as a pagination
 * artifact (the real header is tagged once); a row taller than a page is split line by line. A
 * caption is the Table's first child (Caption), read first as its name, and set where the author
 * wrote it: above the header and kept with the first row, or below and kept with the last.
 */
final class TableLayout {
    private static final float PADDING = 4f;
    /** The smallest type a table shrinks to, at normal print; large print scales it with the body text. */
    private static final float MIN_SIZE = 8f;
    /** Column widths are sums and products of floats: a word measured to fit its column must still fit. */
    private static final float ROUNDING = 0.01f;
    private static final float CAPTION_GAP = 4f;

    private final PageFlow flow;
    private final Theme theme;
    private final LayoutContext context;
    private final LayoutContext quiet;
    private final Set<String> footnoteCalls;
    private final float leading;
    /** Content widths by table: a table is measured once for its start height and its placing. */
    private final Map<Block.Table, ContentWidths> measured = new IdentityHashMap<>();

    TableLayout(PageFlow flow, Theme theme, LayoutContext context, Set<String> footnoteCalls) {
        this.flow = flow;
        this.theme = theme;
        this.context = context;
        this.quiet = context.quiet();
        this.footnoteCalls = footnoteCalls;
        this.leading = 1.3f;
    }

    /** A laid-out cell: its tag, lines, and alignment factor. */
    private record CellBox(Tag tag, TextBlock text, float align) {}

    /** How a table is set: type size, column widths, and whether it needs a landscape page. */
    private record Plan(float size, float[] widths, boolean landscape) {}

    /**
     * Places the table at the current position; {@code keepAfter} is the height of what must stay
     * with its last row (a caption below it).
     */
    void place(Block.Table table, Tag tag, float left, float width, float keepAfter) {
        if (table.columns() == 0) {
            return;
        }
        Plan plan = plan(table, width);
        if (plan.landscape() && !flow.landscape()) {
            flow.turn(true);
        }
        float size = plan.size();
        float[] widths = plan.widths();
        // A right-to-left document's table stands at the right margin, its first column rightmost.
        float tableLeft = context.rightToLeft() ? left + width - sum(widths) : left;
        flow.open(tag);
        float captionWidth = measure(width, plan);
        Tag captionTag = table.caption().isEmpty() ? null : new Tag("Caption", tag);
        TextBlock caption = caption(table, captionTag, captionWidth);
        ParagraphPlacer placer = new ParagraphPlacer(flow, new TextPainter(flow), theme.leading());
        float above = table.captionBelow() ? 0 : captionHeight(caption, placer);
        float below = (table.captionBelow() ? captionHeight(caption, placer) : 0) + keepAfter;
        Tag thead = new Tag("THead", tag);
        List<CellBox> header = row(table.header(), table, new Tag("TR", thead), "TH", plan, true);
        float headerHeight = height(header, size);
        Tag tbody = new Tag("TBody", tag);
        List<List<Block.Cell>> rows = table.rows();
        List<CellBox> first = rows.isEmpty() ? List.of() : row(rows.get(0), table, new Tag("TR", tbody), "TD", plan, false);
        flow.need(above + headerHeight + (rows.isEmpty() ? 0 : height(first, size)) + (rows.size() <= 1 ? below : 0));
        if (caption != null) {
            flow.open(captionTag);
            if (!table.captionBelow()) {
                placer.place(caption, left, captionWidth, caption.alignment());
                flow.down(CAPTION_GAP);
            }
        }
        drawRow(header, widths, tableLeft, size, true, null);
        for (int r = 0; r < rows.size(); r++) {
            List<CellBox> row = r == 0 ? first : row(rows.get(r), table, new Tag("TR", tbody), "TD", plan, false);
            float keep = height(row, size) + (r == rows.size() - 1 ? below : 0);
            if (keep > flow.remaining() && keep <= flow.top() - flow.bottom() - headerHeight) {
                flow.newPage();
                drawRow(row(table.header(), table, null, "TH", plan, true), widths, tableLeft, size, true, Artifact.PAGINATION);
            }
            drawRow(row, widths, tableLeft, size, false, null);
            flow.add(new Item.Fill(null, Artifact.LAYOUT, tableLeft, flow.y(), sum(widths), 0.5f, theme.colors().rule()));
        }
        if (rows.isEmpty()) {
            flow.open(tbody);
        }
        if (caption != null && table.captionBelow()) {
            flow.down(CAPTION_GAP);
            placer.place(caption, left, captionWidth, caption.alignment());
        }
        if (plan.landscape()) {
            flow.turn(false);
        }
    }

    /** True when even the smallest type leaves the table too wide for a portrait page. */
    boolean needsLandscape(Block.Table table, float width) {
        return table.columns() > 0 && plan(table, width).landscape();
    }

    /** The height of a caption above, the header row and the first body row: what must start on one page. */
    float startHeight(Block.Table table, float width) {
        if (table.columns() == 0) {
            return 0;
        }
        Plan plan = plan(table, width);
        float h = table.captionBelow() ? 0 : captionHeight(caption(table, null, measure(width, plan)),
                new ParagraphPlacer(flow, new TextPainter(flow), theme.leading()));
        h += height(row(table.header(), table, null, "TH", plan, true), plan.size());
        if (!table.rows().isEmpty()) {
            h += height(row(table.rows().get(0), table, null, "TD", plan, false), plan.size());
        }
        return h;
    }

    /** The measure of a table's page: {@code width}, or wider on a landscape page. */
    private float measure(float width, Plan plan) {
        return plan.landscape() ? landscapeWidth(width) : width;
    }

    /** A landscape page keeps the same margins and indentation: it is wider by the page's two sides' difference. */
    private float landscapeWidth(float width) {
        return width + theme.pageSize().height() - theme.pageSize().width();
    }

    /**
     * The caption's lines, bold at body size, owned by {@code tag} (the Table's Caption); null without
     * one. Without {@code tag} they are a measurement: they report nothing and mark no footnote call as placed.
     */
    private TextBlock caption(Block.Table table, Tag tag, float width) {
        if (table.caption().isEmpty()) {
            return null;
        }
        TextStyle style = TextStyle.body(theme.faces(), theme.bodySize(), theme.colors().text()).withBold();
        LayoutContext reporting = tag == null ? quiet : context;
        Set<String> calls = tag == null ? new HashSet<>(footnoteCalls) : footnoteCalls;
        return TextBlock.of(InlineFlattener.flatten(table.caption(), style, tag, calls, reporting), width, reporting,
                table.pos());
    }

    private static float captionHeight(TextBlock caption, ParagraphPlacer placer) {
        return caption == null ? 0 : placer.height(caption) + CAPTION_GAP;
    }

    /**
     * The largest type at which the table fits {@code width} (a portrait page), else on a landscape
     * page, else the floor size on a landscape page with the widest columns narrowed.
     */
    private Plan plan(Block.Table table, float width) {
        ContentWidths content = measured.get(table);
        if (content == null) {
            content = measure(table);
            measured.put(table, content);
        }
        Plan portrait = fit(content, width, false);
        if (portrait != null) {
            return portrait;
        }
        Plan landscape = fit(content, landscapeWidth(width), true);
        return landscape != null ? landscape
                : new Plan(minSize(), narrowed(content, minSize() / theme.bodySize(), landscapeWidth(width)), true);
    }

    private float minSize() {
        return MIN_SIZE * theme.scale();
    }

    /** The largest type size, down to the floor, at which the table fits {@code width}; else null. */
    private Plan fit(ContentWidths content, float width, boolean landscape) {
        for (float size = theme.bodySize(); size >= minSize(); size -= 0.5f) {
            float[] widths = columnWidths(content, size / theme.bodySize(), width);
            if (widths != null) {
                return new Plan(size, widths, landscape);
            }
        }
        return null;
    }

    /**
     * A row's cells laid out at the plan's widths. A row without {@code tr} is not the tagged
     * content (a measurement, or the header repeated on a continuation page): it reports nothing
     * and marks no footnote call as placed.
     */
    private List<CellBox> row(List<Block.Cell> cells, Block.Table table, Tag tr, String cellType, Plan plan,
            boolean header) {
        LayoutContext reporting = tr == null ? quiet : context;
        Set<String> calls = tr == null ? new HashSet<>(footnoteCalls) : footnoteCalls;
        List<CellBox> boxes = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Tag cell = tr == null ? null : new Tag(cellType, tr);
            if (cell != null && header) {
                cell.scope("Column");
                if (InlineText.of(cells.get(c).content()).isBlank()) {
                    // An empty header stays a TH (its column's cells refer to it) with a name for assistive technology.
                    cell.alt(context.labels().column(c + 1));
                }
            }
            List<Segment> segments = InlineFlattener.flatten(cells.get(c).content(), style(plan.size(), header), cell, calls,
                    reporting);
            ShapedText shaped = ShapedText.shape(segments, reporting, table.pos());
            float inner = plan.widths()[c] - 2 * PADDING + ROUNDING;
            TextBlock text = new TextBlock(shaped, LineBreaker.breakLines(shaped, inner, CellBreaks.of(shaped, context.lang())));
            boxes.add(new CellBox(cell, text, alignment(table.alignments().get(c), context.rightToLeft())));
        }
        return boxes;
    }

    private TextStyle style(float size, boolean header) {
        TextStyle style = TextStyle.body(theme.faces(), size, theme.colors().text());
        return header ? style.withBold() : style;
    }

    /** A column's alignment as a share of the spare width; with none given, the start of the document's direction. */
    private static float alignment(Block.Alignment a, boolean rightToLeft) {
        return switch (a) {
            case RIGHT -> 1f;
            case CENTER -> 0.5f;
            case LEFT -> 0f;
            case NONE -> rightToLeft ? 1f : 0f;
        };
    }

    private float height(List<CellBox> row, float size) {
        int lines = 1;
        for (CellBox cell : row) {
            lines = Math.max(lines, cell.text().lines().size());
        }
        return lines * lineHeight(row, size) + 2 * PADDING;
    }

    /** From a row's line top to its baseline: the type size, or more for a face that rises higher. */
    private static float baselineOffset(List<CellBox> row, float size) {
        float offset = size;
        for (CellBox cell : row) {
            for (Line line : cell.text().lines()) {
                offset = Math.max(offset, line.ascent());
            }
        }
        return offset;
    }

    /** The height of each line of a row: the leading, or more where its faces need the room. */
    private float lineHeight(List<CellBox> row, float size) {
        float descent = 0;
        for (CellBox cell : row) {
            for (Line line : cell.text().lines()) {
                descent = Math.max(descent, line.descent());
            }
        }
        return Math.max(size * leading, baselineOffset(row, size) + descent);
    }

    /**
     * Draws a row, splitting it line by line across pages if it is taller than what is left.
     * {@code artifact} is set for a repeated header row.
     */
    private void drawRow(List<CellBox> row, float[] widths, float left, float size, boolean header, Artifact artifact) {
        float lineHeight = lineHeight(row, size);
        float offset = baselineOffset(row, size);
        int[] next = new int[row.size()];
        boolean done = false;
        while (!done) {
            if (flow.remaining() < lineHeight + 2 * PADDING && !flow.atTop()) {
                flow.newPage();
            }
            float top = flow.y();
            int capacity = Math.max(1, (int) ((flow.remaining() - 2 * PADDING) / lineHeight));
            int used = 0;
            done = true;
            boolean mirrored = context.rightToLeft();
            float x = mirrored ? left + sum(widths) : left;
            for (int c = 0; c < row.size(); c++) {
                if (mirrored) {
                    x -= widths[c];
                }
                CellBox cell = row.get(c);
                if (cell.tag() != null) {
                    flow.open(cell.tag());
                }
                List<Line> lines = cell.text().lines();
                int end = Math.min(lines.size(), next[c] + capacity);
                TextPainter painter = new TextPainter(flow, artifact);
                for (int k = next[c]; k < end; k++) {
                    Line line = lines.get(k);
                    float baseline = top - PADDING - (k - next[c]) * lineHeight - offset;
                    float inner = widths[c] - 2 * PADDING;
                    painter.paint(cell.text().shaped(), line, x + PADDING + (inner - line.width()) * cell.align(), baseline);
                }
                used = Math.max(used, end - next[c]);
                next[c] = end;
                done &= end >= lines.size();
                if (!mirrored) {
                    x += widths[c];
                }
            }
            float h = Math.max(1, used) * lineHeight + 2 * PADDING;
            if (header) {
                flow.page(flow.pageIndex()).underlay(new Item.Fill(null, Artifact.LAYOUT, left, top - h, sum(widths), h,
                        theme.colors().headerFill()));
            }
            flow.down(h);
            if (!done) {
                flow.newPage();
            }
        }
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Widths for a table whose longest words do not fit even at the floor size: every column keeps
     * its minimum up to a common cap, chosen so that the columns fill {@code width}; only the
     * columns wider than the cap break words.
     */
    private static float[] narrowed(ContentWidths content, float scale, float width) {
        int columns = content.min().length;
        float[] min = new float[columns];
        for (int c = 0; c < columns; c++) {
            min[c] = content.min()[c] * scale + 2 * PADDING;
        }
        float[] sorted = min.clone();
        Arrays.sort(sorted);
        float cap = width / columns;
        float below = 0;
        for (int k = 0; k < columns; k++) {
            float candidate = (width - below) / (columns - k);
            if (sorted[k] >= candidate) {
                cap = candidate;
                break;
            }
            below += sorted[k];
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(min[c], cap);
        }
        return widths;
    }

    /**
     * Each column's minimum (longest word) and maximum (everything on one line) content width at
     * body size. Glyph advances scale with the type size, so one measurement serves every size.
     */
    private record ContentWidths(float[] min, float[] max) {}

    private ContentWidths measure(Block.Table table) {
        int columns = table.columns();
        float[] min = new float[columns];
        float[] max = new float[columns];
        List<List<Block.Cell>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        for (int r = 0; r < all.size(); r++) {
            TextStyle style = style(theme.bodySize(), r == 0);
            for (int c = 0; c < columns; c++) {
                List<Segment> segments = InlineFlattener.flatten(all.get(r).get(c).content(), style, null, new HashSet<>(), quiet);
                ShapedText shaped = ShapedText.shape(segments, quiet, table.pos());
                min[c] = Math.max(min[c], LineBreaker.longestUnbreakable(shaped, CellBreaks.of(shaped, context.lang())));
                max[c] = Math.max(max[c], shaped.width(0, shaped.length));
            }
        }
        return new ContentWidths(min, max);
    }

    /**
     * Column widths for type scaled by {@code scale} from body size, or null if even the narrowest
     * layout (every column at its longest word) is wider than {@code width}.
     */
    private float[] columnWidths(ContentWidths content, float scale, float width) {
        int columns = content.min().length;
        float[] min = new float[columns];
        float[] max = new float[columns];
        for (int c = 0; c < columns; c++) {
            min[c] = content.min()[c] * scale + 2 * PADDING;
            max[c] = content.max()[c] * scale + 2 * PADDING;
        }
        float minSum = sum(min);
        float maxSum = sum(max);
        if (minSum > width) {
            return null;
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = maxSum <= width ? max[c]
                    : min[c] + (max[c] - min[c]) * (width - minSum) / Math.max(0.001f, maxSum - minSum);
        }
        return widths;
    }
}
