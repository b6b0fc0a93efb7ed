package org.handout.font;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

/**
 * One TrueType face, read once per process. Advances and metrics are read eagerly, glyph ids on
 * first use, and subsets are written from the file's bytes, which never change: many threads can
 * measure text and embed fonts at once without waiting for each other.
 */
public final class Face {
    private final String name;
    private final SfntTables tables;
    private final CmapReader cmap;
    private final int[] advances;
    private final float unitsPerEm;
    private final FaceMetrics metrics;
    private final byte[] data;
    private volatile java.awt.Font shaper;
    /**
     * Glyph ids plus one for the Basic Multilingual Plane, looked up on first use (0: not yet): the
     * layout asks for every character of every paragraph, and an array beats a search of the cmap.
     */
    private final int[] bmpGlyphs = new int[0x10000];

    Face(String name, String resource) {
        this.name = name;
        try (InputStream in = Face.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            this.data = in.readAllBytes();
            this.tables = new SfntTables(data);
            this.cmap = new CmapReader(tables);
            this.unitsPerEm = tables.unitsPerEm();
            this.advances = tables.advances();
            this.metrics = readMetrics(tables);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read font " + resource + ": " + e.getMessage(), e);
        }
    }

    private FaceMetrics readMetrics(SfntTables font) {
        float scale = 1000f / unitsPerEm;
        float ascent = font.ascender() * scale;
        float descent = font.descender() * scale;
        float capHeight = font.capHeight() > 0 ? font.capHeight() * scale : ascent * 0.7f;
        int[] box = font.boundingBox();
        return new FaceMetrics(ascent, descent, capHeight,
                new float[] {box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale},
                font.italicAngle(), font.fixedPitch(), font.weightClass());
    }

    public String name() {
        return name;
    }

    /** The glyph for a code point, or 0 (.notdef) when this face lacks it. */
    public int glyph(int codePoint) {
        if (codePoint >= bmpGlyphs.length) {
            return lookup(codePoint);
        }
        int cached = bmpGlyphs[codePoint];
        if (cached == 0) {
            cached = lookup(codePoint) + 1;
            // A race only writes the same value twice.
            bmpGlyphs[codePoint] = cached;
        }
        return cached - 1;
    }

    /** A glyph id past the font's glyph count is as good as none. */
    private int lookup(int codePoint) {
        int gid = cmap.glyph(codePoint);
        return gid < advances.length ? gid : 0;
    }

    public boolean covers(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** Advance of a glyph in thousandths of an em, the unit of PDF glyph widths. */
    public float advance(int gid) {
        return gid < advances.length ? advances[gid] * 1000f / unitsPerEm : 0;
    }

    public FaceMetrics metrics() {
        return metrics;
    }

    /**
     * Glyphs for a right-to-left run, shaped by Java's text layout engine (joining forms,
     * ligatures such as lam-alef): ids in visual order, advances in thousandths of an em, and for
     * each glyph the index of the char in {@code text} it comes from.
     */
    public record ShapedRun(int[] gids, float[] advances, int[] charIndex) {}

    public ShapedRun shapeRightToLeft(String text) {
        char[] chars = text.toCharArray();
        java.awt.font.GlyphVector vector = shaper().layoutGlyphVector(
                new java.awt.font.FontRenderContext(null, false, true), chars, 0, chars.length,
                java.awt.Font.LAYOUT_RIGHT_TO_LEFT);
        int n = vector.getNumGlyphs();
        int[] gids = new int[n];
        float[] advances = new float[n];
        int[] charIndex = new int[n];
        for (int i = 0; i < n; i++) {
            gids[i] = vector.getGlyphCode(i);
            advances[i] = (float) (vector.getGlyphPosition(i + 1).getX() - vector.getGlyphPosition(i).getX());
            charIndex[i] = vector.getGlyphCharIndex(i);
        }
        return new ShapedRun(gids, advances, charIndex);
    }

    private java.awt.Font shaper() {
        java.awt.Font font = shaper;
        if (font == null) {
            try {
                font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(data))
                        .deriveFont(1000f);
            } catch (java.awt.FontFormatException | IOException e) {
                throw new IllegalStateException("cannot shape with font " + name, e);
            }
            shaper = font;
        }
        return font;
    }

    /**
     * The font program holding the glyphs {@code gids} under their own ids, all other glyphs
     * empty; see {@link GlyphSubset}. Reads only the immutable bytes, so threads never wait.
     */
    public byte[] subset(BitSet gids) {
        return GlyphSubset.write(data, tables, gids);
    }

    /** Font-wide metrics in thousandths of an em. */
    public record FaceMetrics(float ascent, float descent, float capHeight, float[] bbox, float italicAngle,
            boolean fixedPitch, int weight) {}
}
