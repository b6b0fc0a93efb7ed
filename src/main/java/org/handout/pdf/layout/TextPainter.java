package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.handout.font.Face;
import org.handout.font.GlyphRun;

/**
 * Places one line of shaped text: the part of each shaped run on the line, in visual order
 * (Unicode bidi rule L2), underlines and strike-throughs as layout artifacts, a link area per link
 * per line, and the soft hyphen that shows at a break as an artifact (the text itself reads on
 * unbroken).
 *
 * <p>What each glyph says it is (its ToUnicode text) is chosen so that readers that ignore the
 * structure tree still get whole words in logical order: the first glyph of a cluster carries the
 * cluster's text and the others a word joiner, which readers drop; right-to-left glyphs, drawn in
 * visual order, carry their text reversed, as pdf.js and poppler turn visual order back into
 * logical order; and the space a line breaks at, which is not drawn, rides on the line's last
 * letter (or, after right-to-left text, on the next line's first), because pdf.js drops a space
 * glyph at a line's end.
 */
final class TextPainter {
    /** The text of a glyph whose cluster's text another glyph carries: U+2060 WORD JOINER, which readers drop. */
    static final String SILENT = "\u2060";
    /** The text of a space glyph in right-to-left text: U+200F RIGHT-TO-LEFT MARK, then the space. */
    static final String RTL_SPACE = "\u200F ";

    /** Where the items go: the flow, or a page directly (footers); the other is null. */
    private final PageFlow flow;
    private final LaidOutPage page;
    private final Artifact artifact;

    /** A painter for tagged text, placed through the flow so that owners open in reading order. */
    TextPainter(PageFlow flow) {
        this(flow, null);
    }

    /** With {@code artifact} set, everything is painted as that artifact: no tags, links or anchors. */
    TextPainter(PageFlow flow, Artifact artifact) {
        this.flow = flow;
        this.page = null;
        this.artifact = artifact;
    }

    /** Paints straight onto a page, as {@code artifact}. */
    TextPainter(LaidOutPage page, Artifact artifact) {
        this.flow = null;
        this.page = page;
        this.artifact = artifact;
    }

    private void emit(Item item) {
        if (flow != null) {
            flow.add(item);
        } else {
            page.add(item);
        }
    }

    /** The part of one shaped run on one line: code points [from, to). */
    private record Piece(ShapedText.Run run, int from, int to, float width) {}

    void paint(ShapedText shaped, Line line, float x, float baseline) {
        int end = LineBreaker.trimmedEnd(shaped, line.start(), line.end());
        BrokenWord broken = artifact == null ? BrokenWord.of(shaped, line.start(), end, line.end()) : BrokenWord.NONE;
        List<Piece> pieces = split(shaped, pieces(shaped, line.start(), end), broken.continuationEnd());
        int lastLetter = end - 1;
        while (lastLetter >= line.start() && shaped.runOf[lastLetter] < 0) {
            lastLetter--;
        }
        // A hard line break is a word boundary too: it is read as a space, like the space a soft break takes.
        boolean breaksAtSpace = end < line.end() && (shaped.isSpace(end) || shaped.codePoint[end] == '\n');
        int spaceAfter = breaksAtSpace && lastLetter >= line.start() && !shaped.isRightToLeft(lastLetter) ? lastLetter : -1;
        int spaceBefore = followsRightToLeftBreak(shaped, line.start()) ? line.start() : -1;
        // Placed in visual order, drawn in logical order: the structure tree and pdf.js read the content in its order.
        java.util.Map<Piece, Float> left = new java.util.IdentityHashMap<>();
        List<Item> linkAreas = new ArrayList<>();
        float pen = x;
        LinkSpan link = null;
        for (Piece piece : visualOrder(shaped, pieces)) {
            left.put(piece, pen);
            Segment segment = shaped.segmentAt(piece.from());
            decorate(segment.style(), pen, baseline, piece.width());
            Tag linkTag = artifact == null && segment.isLink() ? linkOf(segment.owner()) : null;
            if (link != null && link.tag != linkTag) {
                linkAreas.add(linkArea(link, pen, baseline));
                link = null;
            }
            if (linkTag != null && link == null) {
                link = new LinkSpan(linkTag, segment, pen);
            }
            pen += piece.width();
        }
        if (link != null) {
            linkAreas.add(linkArea(link, pen, baseline));
        }
        for (Piece piece : pieces) {
            Segment segment = shaped.segmentAt(piece.from());
            if (artifact == null && segment.id() != null && piece.from() == segmentStart(shaped, piece.from())) {
                emit(new Item.Anchor(segment.id(), baseline + segment.style().size(), segment.owner()));
            }
            String trailing = breaksAtSpace && piece.run().rightToLeft() && piece.from() <= lastLetter && lastLetter < piece.to()
                    ? " " : "";
            draw(shaped, piece, left.get(piece), baseline, spaceAfter, spaceBefore, trailing, broken);
        }
        // After the text: an area's Link must not join the structure tree before the text that precedes it.
        for (Item area : linkAreas) {
            emit(area);
        }
        if (line.hyphen()) {
            hyphen(shaped, line, x, baseline);
        }
    }

    /** True when the line before {@code start} broke at a space after right-to-left text, and this line starts right to left. */
    private static boolean followsRightToLeftBreak(ShapedText shaped, int start) {
        if (start == 0 || !shaped.isSpace(start - 1) || shaped.runOf[start] < 0 || !shaped.isRightToLeft(start)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && (shaped.isSpace(before) || shaped.runOf[before] < 0)) {
            before--;
        }
        return before >= 0 && shaped.isRightToLeft(before);
    }

    /** The pieces, the one that {@code cut} (a code point index; -1 for none) falls inside cut in two there. */
    private static List<Piece> split(ShapedText shaped, List<Piece> pieces, int cut) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int p = 0; p < out.size(); p++) {
            Piece piece = out.get(p);
            if (cut > piece.from() && cut < piece.to()) {
                out.set(p, new Piece(piece.run(), piece.from(), cut, shaped.width(piece.from(), cut)));
                out.add(p + 1, new Piece(piece.run(), cut, piece.to(), shaped.width(cut, piece.to())));
                break;
            }
        }
        return out;
    }

    private static List<Piece> pieces(ShapedText shaped, int from, int to) {
        List<Piece> pieces = new ArrayList<>();
        int i = from;
        while (i < to) {
            int run = shaped.runOf[i];
            int j = i + 1;
            while (j < to && shaped.runOf[j] == run) {
                j++;
            }
            if (run >= 0) {
                pieces.add(new Piece(shaped.runs.get(run), i, j, shaped.width(i, j)));
            }
            i = j;
        }
        return pieces;
    }

    private static List<Piece> visualOrder(ShapedText shaped, List<Piece> logical) {
        if (shaped.levels == null || logical.size() < 2) {
            return logical;
        }
        byte[] levels = new byte[logical.size()];
        for (int p = 0; p < levels.length; p++) {
            levels[p] = shaped.levels[logical.get(p).from()];
        }
        List<Piece> visual = new ArrayList<>();
        for (int index : com.ibm.icu.text.Bidi.reorderVisual(levels)) {
            visual.add(logical.get(index));
        }
        return visual;
    }

    /**
     * Draws a piece's glyphs at their shaped positions. A right-to-left piece is a Span whose
     * /ActualText (in the structure tree only: poppler would spread it over the glyphs and reverse
     * it again) is its logical text, {@code trailing} included; a replacement mark is a Span
     * whose /ActualText is the character it stands for.
     */
    private void draw(ShapedText shaped, Piece piece, float x, float baseline, int spaceAfter, int spaceBefore,
            String trailing, BrokenWord broken) {
        ShapedText.Run run = piece.run();
        GlyphRun glyphs = run.glyphs();
        TextStyle style = shaped.segmentAt(piece.from()).style();
        float scale = style.size() / 1000f;
        // Where the pen stands at the piece's left end: after the clusters drawn left of it.
        float origin = run.rightToLeft() ? shaped.width(piece.to(), run.end()) : shaped.width(run.start(), piece.from());
        int[] range = glyphRange(run, piece.from(), piece.to());
        GlyphList list = new GlyphList(range[1] - range[0]);
        for (int g = range[0]; g < range[1]; g++) {
            int cluster = run.clusterStart()[g];
            if (cluster < piece.from() || cluster >= piece.to()) {
                continue;
            }
            boolean carrier = g == 0 || run.clusterStart()[g - 1] != cluster;
            String text = carrier ? clusterText(shaped, run, g, spaceAfter, spaceBefore) : SILENT;
            if (text == null) {
                continue;
            }
            if (carrier) {
                text = broken.glyphText(cluster, clusterEnd(run, g), text);
            }
            if (run.rightToLeft() && text.equals(" ")) {
                // pdf.js skips a space glyph and finds the space again in the gap it leaves, which a mark drawn
                // after it (a word's last letter's, in visual order) turns into a second space on the mark's wrong
                // side. Led by a right-to-left mark, the space is a glyph like any other, and still a space.
                text = RTL_SPACE;
            }
            list.add(run.face(), glyphs.gids()[g], text, glyphs.x()[g] * scale - origin, glyphs.y()[g] * scale, scale,
                    !run.rightToLeft());
        }
        if (list.size == 0) {
            return;
        }
        Segment segment = shaped.segmentAt(piece.from());
        Tag owner = artifact != null ? null : segment.owner();
        if (owner != null && shaped.replaced[piece.from()] != null) {
            owner = new Tag("Span", owner).actualText(shaped.replaced[piece.from()]);
        } else if (owner != null && run.rightToLeft()) {
            owner = new Tag("Span", owner).structureText(visible(shaped, piece.from(), piece.to()) + trailing);
        } else if (owner != null && !broken.continues(piece.from()) && (list.says(SILENT) || list.splitMarks)) {
            // Several glyphs for one cluster, or marks moved to an empty glyph: the tags read the source's text.
            boolean carries = spaceAfter >= piece.from() && spaceAfter < piece.to();
            owner = new Tag("Span", owner).actualText(
                    broken.glyphText(piece.from(), piece.to(), visible(shaped, piece.from(), piece.to())) + (carries ? " " : ""));
        }
        emit(new Item.Glyphs(owner, artifact, x, baseline + style.rise(), run.face(), style.size(),
                Arrays.copyOf(list.gids, list.size), Arrays.copyOf(list.texts, list.size),
                style.color(), list.offsets()));
    }

    /** The glyphs of a piece as they are drawn, with their texts and places. */
    private static final class GlyphList {
        // Arrays, not lists: a boxed glyph id and two boxed floats per glyph drawn were a tenth of the painting.
        int[] gids;
        String[] texts;
        /** x and y of each glyph. */
        float[] places;
        int size;

        GlyphList(int capacity) {
            gids = new int[Math.max(capacity, 4)];
            texts = new String[gids.length];
            places = new float[2 * gids.length];
        }
        boolean splitMarks;

        /**
         * Adds a glyph. pdf.js takes a glyph whose text holds a non-spacing mark for a zero-width
         * mark, and then reads the room it takes as a space ("स् वीकृति"): where {@code splitting}
         * allows (left to right), such a text is composed (NFC) if that leaves no mark, else a wide
         * glyph keeps its text up to its first mark and the rest rides on an empty glyph drawn after
         * it. Either way the piece gets /ActualText with the source's own characters.
         */
        void add(Face face, int gid, String text, float x, float y, float scale, boolean splitting) {
            if (y != 0 && firstMark(text) == 0 && face.emptyGlyph() != 0) {
                // A raised or lowered mark: poppler would read it as a line of its own, so it says nothing and an
                // empty glyph at its place on the baseline says what it is. (Drawn right after it, at the same x: pdf.js
                // drops a silent glyph together with any move that follows it.)
                put(gid, SILENT, x, y);
                put(face.emptyGlyph(), text, x, 0);
                return;
            }
            int mark = splitting ? firstMark(text) : -1;
            if (mark > 0) {
                // A letter with marks that Unicode also has as one character ("ế" in Vietnamese written decomposed).
                String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
                if (firstMark(composed) < 0) {
                    put(gid, composed, x, y);
                    splitMarks = true;
                    return;
                }
            }
            int empty = mark > 0 && face.advance(gid) > 0 ? face.emptyGlyph() : 0;
            if (empty == 0) {
                put(gid, text, x, y);
                return;
            }
            put(gid, text.substring(0, mark), x, y);
            put(empty, text.substring(mark), x + Math.round(face.advance(gid)) * scale, y);
            splitMarks = true;
        }

        private void put(int gid, String text, float x, float y) {
            if (size == gids.length) {
                // Marks split from their glyphs add glyphs to a piece.
                gids = Arrays.copyOf(gids, 2 * size);
                texts = Arrays.copyOf(texts, 2 * size);
                places = Arrays.copyOf(places, 4 * size);
            }
            gids[size] = gid;
            texts[size] = text;
            places[2 * size] = x;
            places[2 * size + 1] = y;
            size++;
        }

        boolean says(String text) {
            for (int i = 0; i < size; i++) {
                if (texts[i].equals(text)) {
                    return true;
                }
            }
            return false;
        }

        float[] offsets() {
            return Arrays.copyOf(places, 2 * size);
        }

        /** The index of the first non-spacing mark in {@code text}, or -1. */
        private static int firstMark(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The text of the cluster that glyph {@code g} starts, as its reader should get it: logical
     * order, or reversed for a right-to-left run; a space added where a line break took one. Null
     * for a cluster of invisible characters only, whose glyph is not drawn.
     */
    /**
     * The glyphs [first, last) whose clusters lie in code points [from, to): a contiguous stretch,
     * since clusters run one way through a run (forwards, or backwards right to left). Found by
     * bisection, so that a line of a long paragraph costs its own glyphs, not the whole run's.
     */
    private static int[] glyphRange(ShapedText.Run run, int from, int to) {
        int[] clusters = run.clusterStart();
        boolean backwards = run.rightToLeft();
        return new int[] {firstGlyph(clusters, backwards ? to - 1 : from, backwards),
                firstGlyph(clusters, backwards ? from - 1 : to, backwards)};
    }

    /** The first glyph at or past {@code cluster} in the run's order (at or before it, backwards). */
    private static int firstGlyph(int[] clusters, int cluster, boolean backwards) {
        int low = 0;
        int high = clusters.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            boolean before = backwards ? clusters[mid] > cluster : clusters[mid] < cluster;
            if (before) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Where the cluster that glyph {@code g} belongs to ends (a code point index). */
    private static int clusterEnd(ShapedText.Run run, int g) {
        int[] clusters = run.clusterStart();
        // Clusters run monotonically: the next one in logical order is the next glyph's to the right, or to the left.
        if (run.rightToLeft()) {
            return g > 0 ? clusters[g - 1] : run.end();
        }
        int next = g;
        while (next < clusters.length && clusters[next] == clusters[g]) {
            next++;
        }
        return next < clusters.length ? clusters[next] : run.end();
    }

    private static String clusterText(ShapedText shaped, ShapedText.Run run, int g, int spaceAfter, int spaceBefore) {
        int start = run.clusterStart()[g];
        int end = clusterEnd(run, g);
        String text = shaped.replaced[start] != null ? "\uFFFD" : visible(shaped, start, end);
        if (text.isEmpty()) {
            // The shaper's stand-in for a joiner or soft hyphen (a space glyph moved back by its width): pdf.js would
            // skip it but not the move, and lose its place in the line.
            return null;
        }
        if (run.rightToLeft()) {
            // Reversed, a space before the text comes after it.
            text = new StringBuilder(text).reverse() + (spaceBefore >= start && spaceBefore < end ? " " : "");
        } else if (spaceAfter >= start && spaceAfter < end) {
            text += " ";
        }
        return text;
    }

    /** Strings of one Latin-1 character, made once: most clusters are one such letter, and each drawn glyph asks. */
    private static final String[] LATIN_1 = new String[0x100];

    static {
        for (char c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = String.valueOf(c);
        }
    }

    /** The text of code points [from, to) without the invisible characters that only steer shaping. */
    static String visible(ShapedText shaped, int from, int to) {
        if (to == from + 1 && shaped.codePoint[from] < LATIN_1.length && !ShapedText.invisible(shaped.codePoint[from])) {
            return LATIN_1[shaped.codePoint[from]];
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!ShapedText.invisible(shaped.codePoint[i])) {
                out.appendCodePoint(shaped.codePoint[i]);
            }
        }
        return out.toString();
    }

    private void hyphen(ShapedText shaped, Line line, float x, float baseline) {
        int last = line.end() - 1;
        while (last > line.start() && shaped.codePoint[last] != 0xAD) {
            last--;
        }
        TextStyle style = shaped.segmentAt(last).style();
        var face = style.preferredFace();
        int gid = face.glyph('-');
        emit(new Item.Glyphs(null, artifact != null ? artifact : Artifact.LAYOUT,
                x + line.width() - LineBreaker.hyphenWidth(shaped, last), baseline + style.rise(), face, style.size(),
                new int[] {gid}, new String[] {"-"}, style.color()));
    }

    /** A link's area on this line, open since {@code x}. */
    private record LinkSpan(Tag tag, Segment segment, float x) {}

    private static Item linkArea(LinkSpan link, float end, float baseline) {
        Segment segment = link.segment();
        float size = segment.style().size();
        String contents = segment.uri() != null ? segment.uri() : "#" + segment.anchor();
        return new Item.LinkArea(link.tag(), link.x(), baseline + segment.style().rise() - size * 0.25f,
                Math.max(end - link.x(), 1f), size * 1.15f, segment.uri(), segment.anchor(), contents);
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
        emit(new Item.Fill(null, artifact != null ? artifact : Artifact.LAYOUT, x, y, width, thickness, color));
    }
}
