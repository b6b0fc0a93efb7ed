package org.handout.font;

/** Looks code points up in a cmap subtable of format 4 (BMP segments) or 12 (groups); others map nothing. */
final class CmapReader {
    private final SfntTables font;
    private final int subtable;
    private final int format;

    CmapReader(SfntTables font) {
        this.font = font;
        this.subtable = font.unicodeCmap();
        this.format = font.u16(subtable);
    }

    int glyph(int codePoint) {
        if (format == 4) {
            return codePoint > 0xffff ? 0 : format4(codePoint);
        }
        return format == 12 ? format12(codePoint) : 0;
    }

    private int format4(int c) {
        int segments = font.u16(subtable + 6) / 2;
        int ends = subtable + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int low = 0;
        int high = segments - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int end = font.u16(ends + 2 * mid);
            int start = font.u16(starts + 2 * mid);
            if (c > end) {
                low = mid + 1;
            } else if (c < start) {
                high = mid - 1;
            } else {
                int delta = font.s16(deltas + 2 * mid);
                int rangeOffsetAt = rangeOffsets + 2 * mid;
                int rangeOffset = font.u16(rangeOffsetAt);
                if (rangeOffset == 0) {
                    return (c + delta) & 0xffff;
                }
                int glyph = font.u16(rangeOffsetAt + rangeOffset + 2 * (c - start));
                return glyph == 0 ? 0 : (glyph + delta) & 0xffff;
            }
        }
        return 0;
    }

    private int format12(int c) {
        long groups = font.u32(subtable + 12);
        int first = subtable + 16;
        long low = 0;
        long high = groups - 1;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            int group = first + (int) (12 * mid);
            long start = font.u32(group);
            long end = font.u32(group + 4);
            if (c > end) {
                low = mid + 1;
            } else if (c < start) {
                high = mid - 1;
            } else {
                return (int) (font.u32(group + 8) + (c - start));
            }
        }
        return 0;
    }
}
