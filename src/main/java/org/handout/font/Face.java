package org.handout.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType face, parsed once per process. Everything the layout needs (cmap, advances,
 * metrics) is read eagerly so that many threads can measure text at once; only subsetting touches
 * the parser, and each rendering thread subsets from its own parsed copy, so two documents never
 * wait for each other on a font.
 */
public final class Face {
    private final String name;
    private final CmapLookup cmap;
    private final int[] advances;
    private final float unitsPerEm;
    private final FaceMetrics metrics;
    private final byte[] data;
    private volatile java.awt.Font shaper;
    /**
     * Glyph ids of the Basic Multilingual Plane, looked up on first use: fontbox's cmap is a map
     * of boxed integers, and the layout asks it for every character of every paragraph.
     */
    private final int[] bmpGlyphs = new int[0x10000];
    private static final int UNKNOWN = -1;
    /** A parsed copy per thread for subsetting: fontbox's parser is not thread-safe. */
    private final ThreadLocal<TrueTypeFont> subsetSource = new ThreadLocal<>();

    Face(String name, String resource) {
        this.name = name;
        java.util.Arrays.fill(bmpGlyphs, UNKNOWN);
        try (InputStream in = Face.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            this.data = in.readAllBytes();
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
            // The loading thread subsets from this same copy; others parse their own when needed.
            subsetSource.set(ttf);
            this.cmap = ttf.getUnicodeCmapLookup();
            this.unitsPerEm = ttf.getUnitsPerEm();
            HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
            this.advances = new int[ttf.getNumberOfGlyphs()];
            for (int gid = 0; gid < advances.length; gid++) {
                advances[gid] = hmtx.getAdvanceWidth(gid);
            }
            this.metrics = readMetrics(ttf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private FaceMetrics readMetrics(TrueTypeFont ttf) throws IOException {
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        BoundingBox box = ttf.getFontBBox();
        float scale = 1000f / unitsPerEm;
        float ascent = ttf.getHorizontalHeader().getAscender() * scale;
        float descent = ttf.getHorizontalHeader().getDescender() * scale;
        float capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() * scale : ascent * 0.7f;
        float italicAngle = ttf.getPostScript() == null ? 0 : ttf.getPostScript().getItalicAngle();
        boolean fixedPitch = ttf.getPostScript() != null && ttf.getPostScript().getIsFixedPitch() != 0;
        int weight = os2 == null ? 400 : os2.getWeightClass();
        return new FaceMetrics(ascent, descent, capHeight,
                new float[] {box.getLowerLeftX() * scale, box.getLowerLeftY() * scale,
                    box.getUpperRightX() * scale, box.getUpperRightY() * scale},
                italicAngle, fixedPitch, weight);
    }

    public String name() {
        return name;
    }

    /** The glyph for a code point, or 0 (.notdef) when this face lacks it. */
    public int glyph(int codePoint) {
        if (codePoint >= bmpGlyphs.length) {
            return cmap.getGlyphId(codePoint);
        }
        int cached = bmpGlyphs[codePoint];
        if (cached == UNKNOWN) {
            cached = cmap.getGlyphId(codePoint);
            // A race only writes the same value twice.
            bmpGlyphs[codePoint] = cached;
        }
        return cached;
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

    /** A subset holding {@code gids}; the map takes each new glyph id to its original one. */
    public record Subset(byte[] data, Map<Integer, Integer> newToOld) {}

    public Subset subset(Set<Integer> gids) {
        try {
            TrueTypeFont source = subsetSource.get();
            if (source == null) {
                source = new TTFParser().parse(new RandomAccessReadBuffer(data));
                subsetSource.set(source);
            }
            TTFSubsetter subsetter = new TTFSubsetter(source);
            subsetter.addGlyphIds(gids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return new Subset(out.toByteArray(), subsetter.getGIDMap());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset font " + name, e);
        }
    }

    /** Font-wide metrics in thousandths of an em. */
    public record FaceMetrics(float ascent, float descent, float capHeight, float[] bbox, float italicAngle,
            boolean fixedPitch, int weight) {}
}
