package org.handout.pdf.layout;

import java.util.List;

/** Shaped text broken into lines, ready to place. */
record TextBlock(ShapedText shaped, List<Line> lines) {

    static TextBlock of(List<Segment> segments, float width, LayoutContext context, org.handout.model.SourcePos pos) {
        ShapedText shaped = ShapedText.shape(segments, context, pos);
        return new TextBlock(shaped, LineBreaker.breakLines(shaped, width, context.lang()));
    }

    /** Ragged right, or ragged left for a right-to-left paragraph. */
    float alignment() {
        return shaped.rightToLeft ? 1f : 0f;
    }

    TextBlock firstLine() {
        return new TextBlock(shaped, lines.subList(0, Math.min(1, lines.size())));
    }
}
