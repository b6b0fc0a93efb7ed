package org.handout.pdf.layout;

import java.util.List;

/**
 * Places the lines of a paragraph down the page, keeping at least two lines together at the
 * bottom of a page (no orphans) and at the top of the next (no widows).
 */
final class ParagraphPlacer {
    static final int MIN_LINES = 2;

    private final PageFlow flow;
    private final TextPainter painter;
    private final float leading;

    ParagraphPlacer(PageFlow flow, TextPainter painter, float leading) {
        this.flow = flow;
        this.painter = painter;
        this.leading = leading;
    }

    float lineHeight(Line line) {
        return line.height(leading);
    }

    float height(TextBlock block) {
        return height(block.lines(), 0, block.lines().size());
    }

    /**
     * The height of the lines that must begin a page together: all of a paragraph too short to
     * split into two parts of {@link #MIN_LINES}, else the first {@link #MIN_LINES}.
     */
    float startHeight(TextBlock block) {
        int n = block.lines().size();
        return height(block.lines(), 0, n < 2 * MIN_LINES ? n : MIN_LINES);
    }

    float height(List<Line> lines, int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += lineHeight(lines.get(i));
        }
        return h;
    }

    /** Places lines with {@code alignment} 0 (left), 0.5 (centre) or 1 (right) in [x, x + width]. */
    void place(TextBlock block, float x, float width, float alignment) {
        ShapedText shaped = block.shaped();
        List<Line> lines = block.lines();
        int i = 0;
        int n = lines.size();
        while (i < n) {
            int fit = fitting(lines, i);
            int take = n - i;
            if (fit < take) {
                take = fit;
                if (n - i - take < MIN_LINES) {
                    take = n - i - MIN_LINES;
                }
                if (take < MIN_LINES && !flow.atTop()) {
                    flow.newPage();
                    continue;
                }
                if (take < 1) {
                    take = Math.max(1, Math.min(fit, n - i));
                }
            }
            for (int k = i; k < i + take; k++) {
                Line line = lines.get(k);
                float h = lineHeight(line);
                float baseline = flow.y() - line.baselineOffset(leading);
                painter.paint(shaped, line, x + (width - line.width()) * alignment, baseline);
                flow.down(h);
            }
            i += take;
            if (i < n) {
                flow.newPage();
            }
        }
    }

    private int fitting(List<Line> lines, int from) {
        float room = flow.remaining();
        int count = 0;
        for (int i = from; i < lines.size(); i++) {
            room -= lineHeight(lines.get(i));
            if (room < -0.01f) {
                break;
            }
            count++;
        }
        return count;
    }
}
