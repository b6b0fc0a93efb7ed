package org.handout.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of a TrueType file, read straight from its bytes: the directory, and the few values
 * the layout and the embedder need. Our own reader because fontbox's parses every table up front
 * and dates the 'head' table through java.util.Calendar, whose locale data alone cost about 35 ms
 * of a cold start.
 */
final class SfntTables {
    /** Where one table lies in the file. */
    record Table(String tag, int offset, int length) {}

    private final ByteBuffer data;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    SfntTables(byte[] bytes) {
        this.data = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        int count = u16(4);
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(bytes, entry, 4, StandardCharsets.ISO_8859_1);
            int offset = data.getInt(entry + 8);
            int length = data.getInt(entry + 12);
            if (offset < 0 || length < 0 || offset + length > bytes.length) {
                throw new IllegalArgumentException("table '" + tag + "' lies outside the font file");
            }
            tables.put(tag, new Table(tag, offset, length));
        }
        for (String required : new String[] {"head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf"}) {
            if (!tables.containsKey(required)) {
                throw new IllegalArgumentException("no '" + required + "' table");
            }
        }
    }

    Table table(String tag) {
        return tables.get(tag);
    }

    Iterable<Table> all() {
        return tables.values();
    }

    int u16(int offset) {
        return data.getShort(offset) & 0xffff;
    }

    int s16(int offset) {
        return data.getShort(offset);
    }

    long u32(int offset) {
        return data.getInt(offset) & 0xffffffffL;
    }

    int head(int field) {
        return table("head").offset() + field;
    }

    int unitsPerEm() {
        return u16(head(18));
    }

    /** xMin, yMin, xMax, yMax in font units. */
    int[] boundingBox() {
        return new int[] {s16(head(36)), s16(head(38)), s16(head(40)), s16(head(42))};
    }

    boolean longLoca() {
        return s16(head(50)) != 0;
    }

    int numGlyphs() {
        return u16(table("maxp").offset() + 4);
    }

    int ascender() {
        return s16(table("hhea").offset() + 4);
    }

    int descender() {
        return s16(table("hhea").offset() + 6);
    }

    /** Advance widths by glyph id; glyphs past the last metric share its advance. */
    int[] advances() {
        int metrics = u16(table("hhea").offset() + 34);
        int hmtx = table("hmtx").offset();
        int[] advances = new int[numGlyphs()];
        for (int gid = 0; gid < advances.length; gid++) {
            advances[gid] = metrics == 0 ? 0 : u16(hmtx + 4 * Math.min(gid, metrics - 1));
        }
        return advances;
    }

    /** OS/2 cap height (version 2 and later), or 0 when the font does not give one. */
    int capHeight() {
        Table os2 = table("OS/2");
        return os2 == null || u16(os2.offset()) < 2 || os2.length() < 90 ? 0 : s16(os2.offset() + 88);
    }

    /** OS/2 fsType: embedding licensing rights; 0 (installable) when the font has no OS/2 table. */
    int fsType() {
        Table os2 = table("OS/2");
        return os2 == null || os2.length() < 10 ? 0 : u16(os2.offset() + 8);
    }

    int weightClass() {
        Table os2 = table("OS/2");
        return os2 == null ? 400 : u16(os2.offset() + 4);
    }

    float italicAngle() {
        Table post = table("post");
        return post == null ? 0 : data.getInt(post.offset() + 4) / 65536f;
    }

    boolean fixedPitch() {
        Table post = table("post");
        return post != null && data.getInt(post.offset() + 12) != 0;
    }

    /** Offset of glyph {@code gid}'s data in the file, and of the next glyph's: its end. */
    int glyphStart(int gid) {
        int loca = table("loca").offset();
        int relative = longLoca() ? data.getInt(loca + 4 * gid) : u16(loca + 2 * gid) * 2;
        return table("glyf").offset() + relative;
    }

    /**
     * The Unicode cmap subtable's offset, chosen in fontbox's order of preference so that every
     * character keeps the glyph it had: full Unicode before the Basic Multilingual Plane.
     */
    int unicodeCmap() {
        int cmap = table("cmap").offset();
        int count = u16(cmap + 2);
        int[][] preference = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}};
        for (int[] wanted : preference) {
            for (int i = 0; i < count; i++) {
                int record = cmap + 4 + 8 * i;
                if (u16(record) == wanted[0] && u16(record + 2) == wanted[1]) {
                    return cmap + (int) u32(record + 4);
                }
            }
        }
        return cmap + (int) u32(cmap + 8);
    }
}
