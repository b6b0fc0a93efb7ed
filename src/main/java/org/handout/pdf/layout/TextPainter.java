package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.handout.font.Face;

/**
 * Places one line of shaped text: glyph runs grouped by owner, face and style, underlines and
 * strike-throughs as layout artifacts, a link area per link per line, and the soft hyphen that
 * shows at a break as an artifact (the text itself reads on unbroken).
 */
final class TextPainter {
    private final Consumer<Item> sink;
    private final Artifact artifact;

    /** A painter for tagged text, placed through the flow so that owners open in reading order. */
    TextPainter(PageFlow flow) {
        this(flow::add, null);
    }

    /**
     * With {@code artifact} set, everything is painted as that artifact: no tags, links or
     * anchors. {@code sink} receives the items: the flow, or a page directly (footers).
     */
    TextPainter(Consumer<Item> sink, Artifact artifact) {
        this.sink = sink;
        this.artifact = artifact;
    }

    void paint(ShapedText shaped, Line line, float x, float baseline) {
        if (shaped.levels != null) {
            paintBidi(shaped, line, x, baseline);
        } else {
            paintLeftToRight(shaped, line, x, baseline);
        }
        if (line.hyphen()) {
            hyphen(shaped, line, x, baseline);
        }
    }

    private void paintLeftToRight(ShapedText shaped, Line line, float x, float baseline) {
        float pen = x;
        int i = line.start();
        while (i < line.end()) {
            int runEnd = runEnd(shaped, i, line.end());
            Segment segment = shaped.segmentAt(i);
            float runWidth = shaped.width(i, runEnd);
            anchor(shaped, i, baseline);
            drawRun(shaped, i, runEnd, pen, baseline);
            decorate(segment.style(), pen, baseline, visibleWidth(shaped, i, runEnd, line));
            pen += runWidth;
            i = runEnd;
        }
        if (artifact == null) {
            linkAreas(shaped, line, x, baseline);
        }
    }

    /**
     * A line with right-to-left text: runs are placed in visual order (Unicode bidi rule L2) but
     * drawn in logical order, so the structure tree still reads logically; each right-to-left run
     * is a Span whose /ActualText is its logical text, since its glyphs run backwards.
     */
    private void paintBidi(ShapedText shaped, Line line, float x, float baseline) {
        int start = line.start();
        int n = line.end() - start;
        byte[] levels = java.util.Arrays.copyOfRange(shaped.levels, start, line.end());
        // Rule L1: the spaces that end a line take the paragraph's level, so in a right-to-left paragraph they
        // go to the left end, before the text's measured width begins (they pushed the line past the margin).
        int trailing = line.end();
        while (trailing > start && (shaped.isSpace(trailing - 1) || shaped.codePoint[trailing - 1] == '\n')) {
            trailing--;
        }
        for (int i = trailing - start; i < n; i++) {
            levels[i] = (byte) (shaped.rightToLeft ? 1 : 0);
        }
        int[] visual = com.ibm.icu.text.Bidi.reorderVisual(levels);
        List<float[]> placements = new ArrayList<>();
        float pen = shaped.rightToLeft ? x - shaped.width(trailing, line.end()) : x;
        int v = 0;
        while (v < n) {
            int first = start + visual[v];
            boolean rtl = (shaped.levels[first] & 1) == 1;
            int w = v + 1;
            while (w < n && continues(shaped, start + visual[w - 1], start + visual[w], rtl)) {
                w++;
            }
            int last = start + visual[w - 1];
            int lo = Math.min(first, last);
            int hi = Math.max(first, last) + 1;
            placements.add(new float[] {lo, hi, pen, rtl ? 1 : 0});
            pen += shaped.width(lo, hi);
            v = w;
        }
        placements.sort((a, b) -> Float.compare(a[0], b[0]));
        for (float[] p : placements) {
            int lo = (int) p[0];
            int hi = (int) p[1];
            anchor(shaped, lo, baseline);
            if (p[3] == 1) {
                drawRightToLeft(shaped, lo, hi, p[2], baseline);
            } else {
                drawRun(shaped, lo, hi, p[2], baseline);
            }
            Segment segment = shaped.segmentAt(lo);
            decorate(segment.style(), p[2], baseline, shaped.width(lo, hi));
            if (artifact == null && segment.isLink()) {
                linkArea(segment, p[2], shaped.width(lo, hi), baseline);
            }
        }
    }

    private static boolean continues(ShapedText shaped, int previous, int next, boolean rtl) {
        return ((shaped.levels[next] & 1) == 1) == rtl && next == previous + (rtl ? -1 : 1)
                && shaped.segment[next] == shaped.segment[previous] && shaped.face[next] == shaped.face[previous]
                && shaped.replaced[next] == null && shaped.replaced[previous] == null;
    }

    private void drawRightToLeft(ShapedText shaped, int lo, int hi, float x, float baseline) {
        Face face = shaped.face[lo];
        if (face == null) {
            return;
        }
        Segment segment = shaped.segmentAt(lo);
        TextStyle style = segment.style();
        String logical = shaped.text.substring(shaped.charIndex[lo], shaped.charIndex[hi]);
        Tag owner = artifact != null ? null : new Tag("Span", segment.owner()).actualText(logical);
        if (shaped.needsShaping(lo)) {
            Face.ShapedRun run = face.shapeRightToLeft(logical);
            float pen = x;
            for (int g = 0; g < run.gids().length; g++) {
                int at = run.charIndex()[g];
                String text = logical.substring(at, at + Character.charCount(logical.codePointAt(at)));
                sink.accept(new Item.Glyphs(owner, artifact, pen, baseline + style.rise(), face, style.size(),
                        new int[] {run.gids()[g]}, new String[] {text}, style.color()));
                pen += run.advances()[g] * style.size() / 1000f;
            }
            return;
        }
        List<Integer> gids = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = hi - 1; i >= lo; i--) {
            if (shaped.face[i] != null) {
                int mirrored = com.ibm.icu.lang.UCharacter.getMirror(shaped.codePoint[i]);
                int gid = face.glyph(mirrored);
                gids.add(gid != 0 ? gid : shaped.gid[i]);
                text.add(codePointText(gid != 0 ? mirrored : shaped.codePoint[i]));
            }
        }
        sink.accept(new Item.Glyphs(owner, artifact, x, baseline + style.rise(), face, style.size(),
                gids.stream().mapToInt(Integer::intValue).toArray(), text.toArray(String[]::new), style.color()));
    }

    private void anchor(ShapedText shaped, int i, float baseline) {
        Segment segment = shaped.segmentAt(i);
        if (artifact == null && segment.id() != null && i == segmentStart(shaped, i)) {
            sink.accept(new Item.Anchor(segment.id(), baseline + segment.style().size(), segment.owner()));
        }
    }

    private void hyphen(ShapedText shaped, Line line, float x, float baseline) {
        int last = line.end() - 1;
        while (last > line.start() && shaped.codePoint[last] != 0xAD) {
            last--;
        }
        TextStyle style = shaped.segmentAt(last).style();
        Face face = style.preferredFace();
        int gid = face.glyph('-');
        sink.accept(new Item.Glyphs(null, artifact != null ? artifact : Artifact.LAYOUT,
                x + line.width() - LineBreaker.hyphenWidth(shaped, last), baseline + style.rise(), face, style.size(),
                new int[] {gid}, new String[] {"-"}, style.color()));
    }

    private void linkArea(Segment segment, float x, float width, float baseline) {
        float size = segment.style().size();
        String contents = segment.uri() != null ? segment.uri() : "#" + segment.anchor();
        sink.accept(new Item.LinkArea(linkOf(segment.owner()), x, baseline + segment.style().rise() - size * 0.25f,
                Math.max(width, 1f), size * 1.15f, segment.uri(), segment.anchor(), contents));
    }

    /** The Link element around text: its owner, or an ancestor when the text sits in a Span. */
    private static Tag linkOf(Tag owner) {
        Tag tag = owner;
        while (tag != null && !tag.type().equals("Link")) {
            tag = tag.parent();
        }
        return tag;
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

    /** Strings of one Basic Multilingual Plane code point, made on first use: every glyph drawn carries its text. */
    private static final String[] BMP_TEXT = new String[0x10000];

    private static String codePointText(int cp) {
        if (cp >= BMP_TEXT.length) {
            return new String(Character.toChars(cp));
        }
        String text = BMP_TEXT[cp];
        if (text == null) {
            // Strings are immutable, so a thread that sees another's entry sees it whole; a race makes two equal ones.
            text = String.valueOf((char) cp);
            BMP_TEXT[cp] = text;
        }
        return text;
    }

    private void drawRun(ShapedText shaped, int from, int to, float x, float baseline) {
        Segment segment = shaped.segmentAt(from);
        Face face = shaped.face[from];
        if (face == null) {
            return;
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            if (shaped.face[i] != null) {
                count++;
            }
        }
        int[] gids = new int[count];
        String[] text = new String[count];
        for (int i = from, j = 0; i < to; i++) {
            if (shaped.face[i] != null) {
                gids[j] = shaped.gid[i];
                text[j++] = shaped.replaced[i] != null ? "\uFFFD" : codePointText(shaped.codePoint[i]);
            }
        }
        Tag owner = artifact != null ? null : segment.owner();
        if (owner != null && shaped.replaced[from] != null) {
            owner = new Tag("Span", owner).actualText(shaped.replaced[from]);
        }
        TextStyle style = segment.style();
        sink.accept(new Item.Glyphs(owner, artifact, x, baseline + style.rise(), face, style.size(),
                gids, text, style.color()));
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

    private void line(float x, float y, float width, float thickness, Rgb color) {
        sink.accept(new Item.Fill(null, artifact != null ? artifact : Artifact.LAYOUT, x, y, width, thickness, color));
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
            Tag link = linkOf(segment.owner());
            float start = pen;
            int j = i;
            while (j < line.end() && linkOf(shaped.segmentAt(j).owner()) == link) {
                pen += shaped.advance[j];
                j++;
            }
            linkArea(segment, start, pen - start, baseline);
            i = j;
        }
    }
}
