package org.handout.font;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TrueType face, read once per process. Advances and metrics are read eagerly, glyph ids on
 * first use, and subsets are written from the file's bytes, which never change: many threads can
 * measure text and embed fonts at once without waiting for each other.
 */
public final class Face {
    private final String name;
    private final String resource;
    private final SfntTables tables;
    private final CmapReader cmap;
    private final int[] advances;
    private final float unitsPerEm;
    private final FaceMetrics metrics;
    private final byte[] data;
    /** This face's own Latin kerning, for faces whose Latin shaping is nothing else (see {@link #plainLatin}); else null. */
    private final PairKerning kerning;
    /** Made on first use: it loads AWT's font stack. A race makes two equal engines. */
    private volatile HarfBuzz harfBuzz;
    /**
     * Glyph ids plus one for the Basic Multilingual Plane, looked up on first use (0: not yet): the
     * layout asks for every character of every paragraph, and an array beats a search of the cmap.
     */
    private final int[] bmpGlyphs = new int[0x10000];
    /**
     * Runs shaped lately, left-to-right and right-to-left, by their text: the layout shapes a paragraph
     * once to measure it (a heading keeps with the lines that follow it) and again to place it, and a
     * batch repeats its disclaimer and labels in every document. A shaped run is never changed.
     * Emptied when full, so that a long batch holds no more than {@link #SHAPED_RUNS} of them.
     */
    private final List<Map<String, GlyphRun>> shaped = List.of(
            new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    private static final int SHAPED_RUNS = 4096;

    Face(String name, String resource, boolean kernsLatin) {
        this(name, resource, bytes(resource), kernsLatin);
    }

    private Face(String name, String resource, byte[] data, boolean kernsLatin) {
        this.name = name;
        this.resource = resource;
        this.data = data;
        try {
            this.tables = new SfntTables(data);
            this.cmap = new CmapReader(tables);
            this.unitsPerEm = tables.unitsPerEm();
            this.advances = tables.advances();
            this.kerning = kernsLatin ? PairKerning.read(tables) : null;
            this.metrics = readMetrics(tables);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read font " + (resource != null ? resource : name) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A face from a file outside the jar, such as a house style's: a TrueType (glyf) font, shaped by
     * HarfBuzz. Throws {@link IllegalStateException} naming what is wrong with it.
     */
    public static Face read(String name, byte[] data) {
        return new Face(name, null, data, false);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Face.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
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

    /** The font file's path among the class path's resources ({@code /fonts/…}); null for a face {@link #read} from bytes. */
    public String resource() {
        return resource;
    }

    /** Font units per em, the unit of {@code hb-shape}'s and the font's own positions. */
    public float unitsPerEm() {
        return unitsPerEm;
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

    /** A glyph that draws nothing and takes no room (a joiner's), or 0 when the face has none; -1 until looked up. */
    private volatile int emptyGlyph = -1;

    /**
     * A glyph of this face that draws nothing and advances by nothing, or 0 if it has none: the
     * glyph of a zero-width joiner, non-joiner or space.
     */
    public int emptyGlyph() {
        int found = emptyGlyph;
        if (found < 0) {
            found = 0;
            for (int cp : new int[] {0x200D, 0x200C, 0x200B, 0x2060}) {
                int gid = glyph(cp);
                if (gid != 0 && advances[gid] == 0) {
                    found = gid;
                    break;
                }
            }
            emptyGlyph = found;
        }
        return found;
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

    /** OS/2 fsType: the embedding the font's licence allows (OpenType spec, OS/2 table); 0 is installable. */
    public int embeddingPermissions() {
        return tables.fsType();
    }

    /**
     * Shapes {@code text} (one direction, one face): by {@link PairKerning} when the face kerns
     * Latin itself and the text is plain Latin, else by {@link HarfBuzz}.
     */
    public GlyphRun shape(String text, boolean rightToLeft) {
        Map<String, GlyphRun> runs = shaped.get(rightToLeft ? 1 : 0);
        GlyphRun run = runs.get(text);
        if (run == null) {
            run = kerning != null && !rightToLeft && plainLatin(text) ? kern(text) : harfBuzz().shape(text, rightToLeft);
            if (runs.size() >= SHAPED_RUNS) {
                runs.clear();
            }
            runs.put(text, run);
        }
        return run;
    }

    /**
     * Latin letters, digits, punctuation and symbols below the combining marks at U+0300, Latin Extended Additional
     * (Vietnamese) and general punctuation, with no combining mark: text whose shaping in the
     * shipped Latin faces is their glyphs and pair kerning alone.
     */
    static boolean plainLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latin = c < 0x0300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x2070);
            if (!latin) {
                return false;
            }
        }
        return true;
    }

    private GlyphRun kern(String text) {
        int n = text.length();
        int[] gids = new int[n];
        int[] advance = new int[n];
        int[] xOffset = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int gid = Character.getType(text.charAt(i)) == Character.FORMAT ? -1 : glyph(text.charAt(i));
            gids[i] = gid;
            if (gid >= 0) {
                advance[i] = advances[gid];
                kept++;
            }
        }
        kerning.apply(gids, advance, xOffset);
        float scale = 1000f / unitsPerEm;
        GlyphRun run = new GlyphRun(new int[kept], new float[kept], new float[kept], new int[kept], 0);
        int pen = 0;
        for (int i = 0, k = 0; i < n; i++) {
            if (gids[i] >= 0) {
                run.gids()[k] = gids[i];
                run.x()[k] = (pen + xOffset[i]) * scale;
                run.cluster()[k++] = i;
                pen += advance[i];
            }
        }
        return new GlyphRun(run.gids(), run.x(), run.y(), run.cluster(), pen * scale);
    }

    private HarfBuzz harfBuzz() {
        HarfBuzz engine = harfBuzz;
        if (engine == null) {
            engine = new HarfBuzz(name, data);
            harfBuzz = engine;
        }
        return engine;
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
