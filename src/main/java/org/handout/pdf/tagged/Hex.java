package org.handout.pdf.tagged;

/** Hexadecimal digits as this package writes them: glyph ids, ToUnicode code points, names and binary strings. */
final class Hex {
    static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {}

    /** Four digits of a 16-bit value: once per glyph drawn, so no formatting. */
    static StringBuilder four(StringBuilder out, int value) {
        return out.append(DIGITS[value >> 12 & 0xF]).append(DIGITS[value >> 8 & 0xF])
                .append(DIGITS[value >> 4 & 0xF]).append(DIGITS[value & 0xF]);
    }
}
