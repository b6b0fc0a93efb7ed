package org.handout.pdf.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.handout.font.Face;

/**
 * Places one line of shaped text: glyph runs grouped by owner, face and style, underlines and
 * strike-throughs as layout artifacts, a link area per link per line, and the soft hyphen that
 * shows at a break as an artifact (the text itself reads on unbroken).
 */
final class TextPainter {
    private final PageFlow flow;
    private final Artifact artifact;

    /** A painter for tagged text. */
    TextPainter(PageFlow flow) {
        this(flow, null);
    }

    /** With {@code artifact} set, everything is painted as that artifact: no tags, links or anchors. */
    TextPainter(PageFlow flow, Artifact artifact) {
        this.flow = flow;
        this.artifact = artifact;
    }

    void paint(ShapedText shaped, Line line, float x, float baseline) {
        float pen = x;
        int i = line.start();
        while (i < line.end()) {
            int runEnd = runEnd(shaped, i, line.end());
            Segment segment = shaped.segmentAt(i);
            TextStyle style = segment.style();
            float runWidth = shaped.width(i, runEnd);
            if (artifact == null && segment.id() != null && i == segmentStart(shaped, i)) {
                flow.add(new Item.Anchor(segment.id(), baseline + style.size()));
            }
            drawRun(shaped, i, runEnd, pen, baseline);
            decorate(style, pen, baseline, visibleWidth(shaped, i, runEnd, line));
            pen += runWidth;
            i = runEnd;
        }
        if (line.hyphen()) {
            int last = line.end() - 1;
            while (last > line.start() && shaped.codePoint[last] != 0xAD) {
                last--;
            }
            TextStyle style = shaped.segmentAt(last).style();
            Face face = style.preferredFace();
            int gid = face.glyph('-');
            flow.add(new Item.Glyphs(null, artifact != null ? artifact : Artifact.LAYOUT, x + line.width() - LineBreaker.hyphenWidth(shaped, last),
                    baseline + style.rise(), face, style.size(), new int[] {gid}, new String[] {"-"}, style.color()));
        }
        if (artifact == null) {
            linkAreas(shaped, line, x, baseline);
        }
    }

    private static int segmentStart(ShapedText shaped, int i) {
        int start = i;
        while (start > 0 && shaped.segment[start - 1] == shaped.segment[i]) {
            start--;
        }
        return start;
    }

    /** The end of the run starting at {@code i}: same segment, same face, same replacement state. */
    private static int runEnd(ShapedText shaped, int i, int limit) {
        int j = i + 1;
        while (j < limit && shaped.segment[j] == shaped.segment[i] && shaped.face[j] == shaped.face[i]
                && shaped.replaced[j] == null && shaped.replaced[i] == null) {
            j++;
        }
        return j;
    }

    private void drawRun(ShapedText shaped, int from, int to, float x, float baseline) {
        Segment segment = shaped.segmentAt(from);
        Face face = shaped.face[from];
        if (face == null) {
            return;
        }
        List<Integer> gids = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (shaped.face[i] != null) {
                gids.add(shaped.gid[i]);
                text.add(shaped.replaced[i] != null ? "\uFFFD" : new String(Character.toChars(shaped.codePoint[i])));
            }
        }
        Tag owner = artifact != null ? null : segment.owner();
        if (owner != null && shaped.replaced[from] != null) {
            owner = new Tag("Span", owner).actualText(shaped.replaced[from]);
        }
        TextStyle style = segment.style();
        flow.add(new Item.Glyphs(owner, artifact, x, baseline + style.rise(), face, style.size(),
                gids.stream().mapToInt(Integer::intValue).toArray(), text.toArray(String[]::new), style.color()));
    }

    /** Width of the run without the spaces that end the line. */
    private static float visibleWidth(ShapedText shaped, int from, int to, Line line) {
        int end = to;
        if (to == line.end()) {
            while (end > from && (shaped.isSpace(end - 1) || shaped.codePoint[end - 1] == '\n')) {
                end--;
            }
        }
        return shaped.width(from, end);
    }

    private void decorate(TextStyle style, float x, float baseline, float width) {
        float thickness = Math.max(0.6f, style.size() / 16f);
        if (style.underline() && width > 0) {
            line(x, baseline - style.size() * 0.12f, width, thickness, style.color());
        }
        if (style.strike() && width > 0) {
            line(x, baseline + style.size() * 0.28f, width, thickness, style.color());
        }
    }

    private void line(float x, float y, float width, float thickness, Color color) {
        flow.add(new Item.Fill(null, artifact != null ? artifact : Artifact.LAYOUT, x, y, width, thickness, color));
    }

    /** One clickable rectangle per link per line, covering the link's glyphs on that line. */
    private void linkAreas(ShapedText shaped, Line line, float x, float baseline) {
        float pen = x;
        int i = line.start();
        while (i < line.end()) {
            Segment segment = shaped.segmentAt(i);
            if (!segment.isLink()) {
                pen += shaped.advance[i];
                i++;
                continue;
            }
            Tag link = segment.owner();
            float start = pen;
            int j = i;
            while (j < line.end() && shaped.segmentAt(j).owner() == link) {
                pen += shaped.advance[j];
                j++;
            }
            float width = Math.max(pen - start, 1f);
            float size = segment.style().size();
            String contents = segment.uri() != null ? segment.uri() : "#" + segment.anchor();
            flow.add(new Item.LinkArea(link, start, baseline + segment.style().rise() - size * 0.25f, width,
                    size * 1.15f, segment.uri(), segment.anchor(), contents));
            i = j;
        }
    }
}
