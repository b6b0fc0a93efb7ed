package org.handout.pdf.layout;

/**
 * One line of a paragraph: code points [start, end) of its shaped text. {@code width} excludes
 * trailing spaces; {@code hyphen} is true when the line ends at a soft hyphen that must show.
 * {@code ascent} and {@code descent} (positive, points) are the most its faces rise above and
 * reach below the baseline at their sizes, as the fonts declare it.
 */
record Line(int start, int end, float width, float size, boolean hyphen, float ascent, float descent) {

    /**
     * From the line's top to its baseline, for type of {@code leading}: the usual half-leading
     * offset, or more for a face that rises higher (Thai, Arabic, Han, Myanmar).
     */
    float baselineOffset(float leading) {
        return Math.max(size * 0.8f + (leading - 1) * size / 2, ascent);
    }

    /** The line's height: {@code leading} times its size, or more where its faces need the room. */
    float height(float leading) {
        return Math.max(size * leading, baselineOffset(leading) + descent);
    }
}
