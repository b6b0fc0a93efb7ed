package org.handout.font;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pair adjustments of a face's OpenType 'kern' feature for Latin text (GPOS lookup type 2,
 * formats 1 and 2, directly or through extension lookups), applied lookup by lookup as HarfBuzz
 * applies them. This is all HarfBuzz does to Latin text without combining marks in the shipped
 * Latin faces (their other default features act only around marks), and it spares a Latin-only
 * document AWT's font stack; {@code WorldScriptsTest} holds it to {@code hb-shape}'s output.
 */
final class PairKerning {
    private static final int PAIR_ADJUSTMENT = 2;
    private static final int EXTENSION = 9;
    private static final int X_PLACEMENT = 0x1;
    private static final int X_ADVANCE = 0x4;

    /** A pair that a lookup leaves alone. */
    private static final int[] NONE = new int[0];

    private final SfntTables font;
    /** Absolute offsets of the pair-adjustment subtables, grouped by lookup in lookup order. */
    private final List<int[]> lookups;
    /**
     * Per lookup, what it does to each pair of glyphs met so far ({@link #find}): a face's subtables are
     * searched once per pair, not once per pair drawn (they were a sixth of a batch's time). Faces are
     * shared by the documents a batch renders on several threads.
     */
    private final List<Map<Integer, int[]>> found = new ArrayList<>();

    private PairKerning(SfntTables font, List<int[]> lookups) {
        this.font = font;
        this.lookups = lookups;
        for (int i = 0; i < lookups.size(); i++) {
            found.add(new ConcurrentHashMap<>());
        }
    }

    /** The face's Latin kerning, or null when it has no GPOS table. */
    static PairKerning read(SfntTables font) {
        SfntTables.Table gpos = font.table("GPOS");
        if (gpos == null) {
            return null;
        }
        int base = gpos.offset();
        int langSys = defaultLangSys(font, base + font.u16(base + 4));
        List<int[]> lookups = new ArrayList<>();
        if (langSys == 0) {
            return new PairKerning(font, lookups);
        }
        int features = base + font.u16(base + 6);
        int lookupList = base + font.u16(base + 8);
        java.util.TreeSet<Integer> indices = new java.util.TreeSet<>();
        for (int f = 0, n = font.u16(langSys + 4); f < n; f++) {
            int record = features + 2 + 6 * font.u16(langSys + 6 + 2 * f);
            if (tag(font, record).equals("kern")) {
                int feature = features + font.u16(record + 4);
                for (int l = 0, count = font.u16(feature + 2); l < count; l++) {
                    indices.add(font.u16(feature + 4 + 2 * l));
                }
            }
        }
        for (int index : indices) {
            int lookup = lookupList + font.u16(lookupList + 2 + 2 * index);
            int type = font.u16(lookup);
            int count = font.u16(lookup + 4);
            List<Integer> subtables = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                int subtable = lookup + font.u16(lookup + 6 + 2 * s);
                int subtype = type;
                if (type == EXTENSION) {
                    subtype = font.u16(subtable + 2);
                    subtable += (int) font.u32(subtable + 4);
                }
                if (subtype == PAIR_ADJUSTMENT) {
                    subtables.add(subtable);
                }
            }
            int[] offsets = new int[subtables.size()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = subtables.get(i);
            }
            lookups.add(offsets);
        }
        return new PairKerning(font, lookups);
    }

    /** The default language system of script 'latn', else of 'DFLT' (HarfBuzz's order), or 0. */
    private static int defaultLangSys(SfntTables font, int scriptList) {
        for (String wanted : new String[] {"latn", "DFLT"}) {
            for (int s = 0, n = font.u16(scriptList); s < n; s++) {
                int record = scriptList + 2 + 6 * s;
                if (tag(font, record).equals(wanted)) {
                    int script = scriptList + font.u16(record + 4);
                    int offset = font.u16(script);
                    return offset == 0 ? 0 : script + offset;
                }
            }
        }
        return 0;
    }

    private static String tag(SfntTables font, int at) {
        long value = font.u32(at);
        return new String(new char[] {(char) (value >>> 24), (char) (value >>> 16 & 0xff), (char) (value >>> 8 & 0xff),
                (char) (value & 0xff)});
    }

    /**
     * Adjusts {@code advance} and {@code xOffset} (font units) of the glyphs {@code gids} in place;
     * a glyph id below 0 stands for a character that draws nothing and breaks every pair.
     */
    void apply(int[] gids, int[] advance, int[] xOffset) {
        for (int l = 0; l < lookups.size(); l++) {
            Map<Integer, int[]> pairs = found.get(l);
            int i = 0;
            while (i + 1 < gids.length) {
                int step = 1;
                if (gids[i] >= 0 && gids[i + 1] >= 0) {
                    // Scrambled (an odd multiplier keeps keys apart): the map's hash of the plain pair puts
                    // every pair with the same first ^ second in one bucket.
                    Integer key = (gids[i] << 16 | gids[i + 1]) * 0x9E3779B1;
                    int[] adjustment = pairs.get(key);
                    if (adjustment == null) {
                        adjustment = find(lookups.get(l), gids[i], gids[i + 1]);
                        pairs.put(key, adjustment);
                    }
                    if (adjustment != NONE) {
                        xOffset[i] += adjustment[1];
                        advance[i] += adjustment[2];
                        xOffset[i + 1] += adjustment[3];
                        advance[i + 1] += adjustment[4];
                        step = adjustment[0];
                    }
                }
                i += step;
            }
        }
    }

    /**
     * What the first subtable of a lookup that holds the pair does to it: {glyphs consumed, first
     * glyph's x placement and advance, second glyph's}, in font units; or {@link #NONE}.
     */
    private int[] find(int[] subtables, int first, int second) {
        for (int subtable : subtables) {
            int[] adjustment = pair(subtable, first, second);
            if (adjustment != NONE) {
                return adjustment;
            }
        }
        return NONE;
    }

    /** The subtable's values for the pair, as {@link #find} gives them, or {@link #NONE}. */
    private int[] pair(int subtable, int first, int second) {
        int coverage = coverageIndex(subtable + font.u16(subtable + 2), first);
        if (coverage < 0) {
            return NONE;
        }
        int format1 = font.u16(subtable + 4);
        int format2 = font.u16(subtable + 6);
        int size1 = 2 * Integer.bitCount(format1);
        int size2 = 2 * Integer.bitCount(format2);
        int values;
        if (font.u16(subtable) == 1) {
            int pairSet = subtable + font.u16(subtable + 10 + 2 * coverage);
            int record = size1 + size2 + 2;
            values = -1;
            int low = 0;
            int high = font.u16(pairSet) - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int glyph = font.u16(pairSet + 2 + record * mid);
                if (glyph < second) {
                    low = mid + 1;
                } else if (glyph > second) {
                    high = mid - 1;
                } else {
                    values = pairSet + 2 + record * mid + 2;
                    break;
                }
            }
            if (values < 0) {
                return NONE;
            }
        } else {
            int class1 = classOf(subtable + font.u16(subtable + 8), first);
            int class2 = classOf(subtable + font.u16(subtable + 10), second);
            int class2Count = font.u16(subtable + 14);
            values = subtable + 16 + (class1 * class2Count + class2) * (size1 + size2);
        }
        return new int[] {format2 == 0 ? 1 : 2, xPlacement(values, format1), xAdvance(values, format1),
            xPlacement(values + size1, format2), xAdvance(values + size1, format2)};
    }

    private int xPlacement(int at, int format) {
        return (format & X_PLACEMENT) != 0 ? font.s16(at) : 0;
    }

    private int xAdvance(int at, int format) {
        return (format & X_ADVANCE) != 0 ? font.s16(at + 2 * Integer.bitCount(format & (X_ADVANCE - 1))) : 0;
    }

    private int coverageIndex(int coverage, int glyph) {
        int count = font.u16(coverage + 2);
        int low = 0;
        int high = count - 1;
        boolean ranges = font.u16(coverage) == 2;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = coverage + 4 + (ranges ? 6 : 2) * mid;
            int start = font.u16(at);
            int end = ranges ? font.u16(at + 2) : start;
            if (glyph < start) {
                high = mid - 1;
            } else if (glyph > end) {
                low = mid + 1;
            } else {
                return ranges ? font.u16(at + 4) + glyph - start : mid;
            }
        }
        return -1;
    }

    private int classOf(int classDef, int glyph) {
        if (font.u16(classDef) == 1) {
            int start = font.u16(classDef + 2);
            int count = font.u16(classDef + 4);
            return glyph >= start && glyph < start + count ? font.u16(classDef + 6 + 2 * (glyph - start)) : 0;
        }
        int low = 0;
        int high = font.u16(classDef + 2) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = classDef + 4 + 6 * mid;
            if (glyph < font.u16(at)) {
                high = mid - 1;
            } else if (glyph > font.u16(at + 2)) {
                low = mid + 1;
            } else {
                return font.u16(at + 4);
            }
        }
        return 0;
    }
}
