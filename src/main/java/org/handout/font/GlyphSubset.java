package org.handout.font;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * A subset of a TrueType font that keeps every glyph id: the glyphs a document uses (and the
 * components of composite ones) keep their outlines, every other glyph is empty. Keeping the ids
 * means no renumbering, so the content streams' CIDs are the glyph ids (CIDToGIDMap /Identity) and
 * the widths stay those of the original 'hmtx'. Holds the tables a CIDFontType2 program needs
 * (ISO 32000-1, 9.9): glyf, head, hhea, hmtx, loca, maxp, and the hinting tables when present.
 */
final class GlyphSubset {
    private static final List<String> COPIED = List.of("OS/2", "cvt ", "fpgm", "gasp", "hhea", "hmtx", "maxp", "prep");
    private static final int ARG_WORDS = 0x0001;
    private static final int HAVE_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int HAVE_XY_SCALE = 0x0040;
    private static final int HAVE_TWO_BY_TWO = 0x0080;

    private GlyphSubset() {}

    static byte[] write(byte[] file, SfntTables font, BitSet used) {
        int numGlyphs = font.numGlyphs();
        BitSet kept = withComponents(file, font, used, numGlyphs);
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (numGlyphs + 1));
        for (int gid = 0; gid < numGlyphs; gid++) {
            loca.putInt(glyf.size());
            if (kept.get(gid)) {
                int start = font.glyphStart(gid);
                glyf.write(file, start, font.glyphStart(gid + 1) - start);
                while (glyf.size() % 4 != 0) {
                    glyf.write(0);
                }
            }
        }
        loca.putInt(glyf.size());

        TreeMap<String, byte[]> tables = new TreeMap<>();
        for (String tag : COPIED) {
            SfntTables.Table table = font.table(tag);
            if (table != null) {
                tables.put(tag, Arrays.copyOfRange(file, table.offset(), table.offset() + table.length()));
            }
        }
        SfntTables.Table head = font.table("head");
        byte[] newHead = Arrays.copyOfRange(file, head.offset(), head.offset() + head.length());
        ByteBuffer.wrap(newHead).putInt(8, 0).putShort(50, (short) 1);
        tables.put("head", newHead);
        tables.put("glyf", glyf.toByteArray());
        tables.put("loca", loca.array());
        return assemble(tables);
    }

    /** The glyphs used, .notdef, and every component of a composite glyph among them. */
    private static BitSet withComponents(byte[] file, SfntTables font, BitSet used, int numGlyphs) {
        BitSet kept = new BitSet(numGlyphs);
        Deque<Integer> pending = new ArrayDeque<>();
        pending.push(0);
        for (int gid = used.nextSetBit(0); gid >= 0; gid = used.nextSetBit(gid + 1)) {
            pending.push(gid);
        }
        ByteBuffer data = ByteBuffer.wrap(file);
        while (!pending.isEmpty()) {
            int gid = pending.pop();
            if (gid >= numGlyphs || kept.get(gid)) {
                continue;
            }
            kept.set(gid);
            int start = font.glyphStart(gid);
            if (font.glyphStart(gid + 1) - start < 10 || data.getShort(start) >= 0) {
                continue;
            }
            int at = start + 10;
            int flags;
            do {
                flags = data.getShort(at) & 0xffff;
                pending.push(data.getShort(at + 2) & 0xffff);
                at += 4 + ((flags & ARG_WORDS) != 0 ? 4 : 2);
                if ((flags & HAVE_SCALE) != 0) {
                    at += 2;
                } else if ((flags & HAVE_XY_SCALE) != 0) {
                    at += 4;
                } else if ((flags & HAVE_TWO_BY_TWO) != 0) {
                    at += 8;
                }
            } while ((flags & MORE_COMPONENTS) != 0);
        }
        return kept;
    }

    /** The font file: directory, then each table 4-byte aligned, with checksums and head's adjustment. */
    private static byte[] assemble(TreeMap<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        int headOffset = 0;
        for (var entry : tables.entrySet()) {
            byte[] table = entry.getValue();
            out.put(entry.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt((int) checksum(table, 0, table.length)).putInt(offset).putInt(table.length);
            if (entry.getKey().equals("head")) {
                headOffset = offset;
            }
            offset += (table.length + 3) & ~3;
        }
        for (byte[] table : tables.values()) {
            out.put(table);
            out.position((out.position() + 3) & ~3);
        }
        byte[] file = out.array();
        ByteBuffer.wrap(file).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(file, 0, file.length)));
        return file;
    }

    /** The sum of the data as big-endian 32-bit words, the last one padded with zeros. */
    private static long checksum(byte[] data, int from, int length) {
        ByteBuffer words = ByteBuffer.wrap(data, from, length);
        long sum = 0;
        int whole = length & ~3;
        for (int i = 0; i < whole; i += 4) {
            sum += words.getInt(from + i) & 0xffffffffL;
        }
        long last = 0;
        for (int i = whole; i < whole + 4; i++) {
            last = last << 8 | (i < length ? data[from + i] & 0xff : 0);
        }
        return (sum + (length > whole ? last : 0)) & 0xffffffffL;
    }
}
