package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.handout.model.Block;

/**
 * Tables with column widths from their content (minimum and maximum content width, as CSS
 * automatic layout does) and wrapping cells. A table too wide for the page gets smaller type down
 * to a readable floor, then landscape pages of its own, and if it is still too wide its words
 * break inside cells: it is never clipped. Rows
 * that do not fit move to the next page, where the header row is repeated as a pagination
 * artifact (the real header is tagged once); a row taller than a page is split line by line.
 */
final class TableLayout {
    private static final float PADDING = 4f;
    private static final float MIN_SIZE = 8f;

    private final PageFlow flow;
    private final Theme theme;
    private final LayoutContext context;
    private final Set<String> footnoteCalls;
    private final float leading;

    TableLayout(PageFlow flow, Theme theme, LayoutContext context, Set<String> footnoteCalls) {
        this.flow = flow;
        this.theme = theme;
        this.context = context;
        this.footnoteCalls = footnoteCalls;
        this.leading = 1.3f;
    }

    /** A laid-out cell: its tag, lines, and alignment factor. */
    private record CellBox(Tag tag, TextBlock text, float align) {}

    void place(Block.Table table, Tag tag, float left, float width) {
        int columns = table.columns();
        if (columns == 0) {
            return;
        }
        ContentWidths content = measure(table);
        Fit fit = flow.landscape() ? null : fit(content, width);
        boolean landscape = fit == null;
        if (landscape) {
            float landscapeWidth = theme.pageSize().height() - theme.margin() - left;
            fit = fit(content, landscapeWidth);
            if (fit == null) {
                fit = new Fit(MIN_SIZE, evenWidths(columns, landscapeWidth));
            }
            if (!flow.landscape()) {
                flow.turn(true);
            }
        }
        float size = fit.size();
        float[] widths = fit.widths();
        flow.open(tag);
        Tag thead = new Tag("THead", tag);
        Tag headRow = new Tag("TR", thead);
        List<CellBox> header = row(table.header(), table, headRow, "TH", size, widths, true);
        float headerHeight = height(header, size);
        flow.need(headerHeight + rowHeightEstimate(table, size));
        drawRow(header, widths, left, size, true, null);
        Tag tbody = new Tag("TBody", tag);
        for (List<Block.Cell> cells : table.rows()) {
            Tag tr = new Tag("TR", tbody);
            List<CellBox> row = row(cells, table, tr, "TD", size, widths, false);
            float h = height(row, size);
            if (h > flow.remaining() && h <= flow.top() - flow.bottom() - headerHeight) {
                flow.newPage();
                drawRow(repeated(table, size, widths), widths, left, size, true, Artifact.PAGINATION);
            }
            drawRow(row, widths, left, size, false, null);
            flow.add(new Item.Fill(null, Artifact.LAYOUT, left, flow.y(), sum(widths), 0.5f, Theme.RULE));
        }
        if (table.rows().isEmpty()) {
            flow.open(tbody);
        }
        if (landscape) {
            flow.turn(false);
        }
    }

    /** True when even the smallest type leaves the table too wide for a portrait page. */
    boolean needsLandscape(Block.Table table, float width) {
        return table.columns() > 0 && fit(measure(table), width) == null;
    }

    /** A type size and the column widths that fit at it. */
    private record Fit(float size, float[] widths) {}

    /** The largest type size, down to the floor, at which the table fits {@code width}; else null. */
    private Fit fit(ContentWidths content, float width) {
        for (float size = theme.bodySize(); size >= MIN_SIZE; size -= 0.5f) {
            float[] widths = columnWidths(content, size / theme.bodySize(), width);
            if (widths != null) {
                return new Fit(size, widths);
            }
        }
        return null;
    }

    /** The header row again, for a continuation page: same look, owned by no tag. */
    private List<CellBox> repeated(Block.Table table, float size, float[] widths) {
        return row(table.header(), table, null, "TH", size, widths, true);
    }

    private List<CellBox> row(List<Block.Cell> cells, Block.Table table, Tag tr, String cellType, float size,
            float[] widths, boolean header) {
        List<CellBox> boxes = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Tag cell = tr == null ? null : new Tag(cellType, tr);
            if (cell != null && header) {
                cell.scope("Column");
            }
            TextStyle style = TextStyle.body(size, Theme.TEXT);
            if (header) {
                style = style.withBold();
            }
            List<Segment> segments = InlineFlattener.flatten(cells.get(c).content(), style, cell, footnoteCalls, context);
            TextBlock text = TextBlock.of(segments, widths[c] - 2 * PADDING, context, table.pos());
            boxes.add(new CellBox(cell, text, alignment(table.alignments().get(c))));
        }
        return boxes;
    }

    private static float alignment(Block.Alignment a) {
        if (a == Block.Alignment.RIGHT) {
            return 1f;
        }
        return a == Block.Alignment.CENTER ? 0.5f : 0f;
    }

    private float height(List<CellBox> row, float size) {
        int lines = 1;
        for (CellBox cell : row) {
            lines = Math.max(lines, cell.text().lines().size());
        }
        return lines * size * leading + 2 * PADDING;
    }

    private float rowHeightEstimate(Block.Table table, float size) {
        return table.rows().isEmpty() ? 0 : size * leading + 2 * PADDING;
    }

    /**
     * Draws a row, splitting it line by line across pages if it is taller than what is left.
     * {@code artifact} is set for a repeated header row.
     */
    private void drawRow(List<CellBox> row, float[] widths, float left, float size, boolean header, Artifact artifact) {
        float lineHeight = size * leading;
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
            float x = left;
            for (int c = 0; c < row.size(); c++) {
                CellBox cell = row.get(c);
                if (cell.tag() != null) {
                    flow.open(cell.tag());
                }
                List<Line> lines = cell.text().lines();
                int end = Math.min(lines.size(), next[c] + capacity);
                TextPainter painter = new TextPainter(flow::add, artifact);
                for (int k = next[c]; k < end; k++) {
                    Line line = lines.get(k);
                    float baseline = top - PADDING - (k - next[c]) * lineHeight - size;
                    float inner = widths[c] - 2 * PADDING;
                    painter.paint(cell.text().shaped(), line, x + PADDING + (inner - line.width()) * cell.align(), baseline);
                }
                used = Math.max(used, end - next[c]);
                next[c] = end;
                done &= end >= lines.size();
                x += widths[c];
            }
            float h = Math.max(1, used) * lineHeight + 2 * PADDING;
            if (header) {
                flow.page(flow.pageIndex()).underlay(new Item.Fill(null, Artifact.LAYOUT, left, top - h, sum(widths), h,
                        Theme.HEADER_FILL));
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

    private static float[] evenWidths(int columns, float width) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, width / columns);
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
            TextStyle style = TextStyle.body(theme.bodySize(), Theme.TEXT);
            if (r == 0) {
                style = style.withBold();
            }
            for (int c = 0; c < columns; c++) {
                List<Segment> segments = InlineFlattener.flatten(all.get(r).get(c).content(), style, null, new java.util.HashSet<>(),
                        context);
                ShapedText shaped = ShapedText.shape(segments, context.quiet(), table.pos());
                min[c] = Math.max(min[c], longestWord(shaped));
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

    private float longestWord(ShapedText shaped) {
        return LineBreaker.longestUnbreakable(shaped, context.lang());
    }
}
