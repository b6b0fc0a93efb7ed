package org.handout.pdf.layout;

import java.util.List;

import org.handout.font.Face;
import org.handout.font.FontLibrary;
import org.handout.model.Block;

/**
 * A code block: monospaced, white space kept, on a tinted background. A source line wider than
 * the block wraps, and each continuation starts with a ↪ mark that is an artifact, so the text
 * reads exactly as written.
 */
final class CodeBlockLayout {
    private static final float PADDING = 6f;
    private static final int TAB = 4;

    private final PageFlow flow;
    private final Theme theme;
    private final LayoutContext context;
    private final float left;
    private final float width;

    CodeBlockLayout(PageFlow flow, Theme theme, LayoutContext context, float left, float width) {
        this.flow = flow;
        this.theme = theme;
        this.context = context;
        this.left = left;
        this.width = width;
    }

    /** The first lines that must start on one page: up to three source lines and the padding. */
    static float startHeight(Block.CodeBlock code, Theme theme) {
        return Math.min(3, literal(code).split("\n", -1).length) * lineHeight(style(theme)) + 2 * PADDING;
    }

    private static TextStyle style(Theme theme) {
        return TextStyle.body(theme.faces(), theme.bodySize() * 0.9f, theme.colors().text()).withMono();
    }

    private static float lineHeight(TextStyle style) {
        return style.size() * 1.4f;
    }

    private static String literal(Block.CodeBlock code) {
        return code.literal().endsWith("\n") ? code.literal().substring(0, code.literal().length() - 1) : code.literal();
    }

    void place(Block.CodeBlock code, Tag tag) {
        TextStyle style = style(theme);
        float lineHeight = lineHeight(style);
        float markWidth = style.size() * 1.2f;
        float textWidth = width - 2 * PADDING - markWidth;
        String literal = literal(code);
        flow.need(startHeight(code, theme));
        flow.open(tag);
        TextPainter painter = new TextPainter(flow);
        int startPage = flow.pageIndex();
        float startY = flow.y();
        flow.down(PADDING);
        for (String sourceLine : literal.split("\n", -1)) {
            String expanded = expandTabs(sourceLine);
            List<Segment> segments = List.of(new Segment(expanded.isEmpty() ? " " : expanded + " ", style, tag, null, null));
            TextBlock block = TextBlock.of(segments, textWidth, context, code.pos());
            for (int k = 0; k < block.lines().size(); k++) {
                if (flow.remaining() < lineHeight + PADDING) {
                    background(startPage, startY, flow.y() - PADDING);
                    flow.newPage();
                    startPage = flow.pageIndex();
                    startY = flow.y();
                    flow.down(PADDING);
                }
                float baseline = flow.y() - style.size();
                if (k > 0) {
                    continuationMark(style, baseline);
                }
                painter.paint(block.shaped(), block.lines().get(k), left + PADDING + markWidth, baseline);
                flow.down(lineHeight);
            }
        }
        flow.down(PADDING);
        background(startPage, startY, flow.y());
    }

    private void background(int page, float top, float bottom) {
        flow.page(page).underlay(new Item.Fill(null, Artifact.LAYOUT, left, bottom, width, top - bottom, theme.colors().codeFill()));
    }

    private void continuationMark(TextStyle style, float baseline) {
        Face face = FontLibrary.faceFor(0x21AA, style.preferredFace(), context.lang());
        if (face != null) {
            flow.add(new Item.Glyphs(null, Artifact.LAYOUT, left + PADDING, baseline, face, style.size(),
                    new int[] {face.glyph(0x21AA)}, new String[] {"↪"}, theme.colors().muted()));
        }
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % TAB != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
