package org.handout.font;

/**
 * A run of text shaped in one face, in visual order (left to right on the page). Positions are in
 * thousandths of an em from the run's origin: {@code x[i]} and {@code y[i]} place glyph {@code i}
 * (offsets included, y up), {@code width} is the pen's advance over the whole run.
 * {@code cluster[i]} is the index of the first char of the cluster that glyph {@code i} belongs
 * to; the chars of a cluster reach from it to the next higher cluster value.
 */
public record GlyphRun(int[] gids, float[] x, float[] y, int[] cluster, float width) {

    public int size() {
        return gids.length;
    }
}
