package org.handout.pdf.layout;

import java.util.Objects;

/**
 * An sRGB colour, 0-255 per channel. Our own record rather than java.awt.Color, whose first use
 * loads the AWT native library, which nothing else in a text-only render needs.
 */
public record Rgb(int red, int green, int blue) {
    // Written out: a record's generated equals and hashCode link through invokedynamic at their first call, which
    // costs a cold start milliseconds per record type (issue 20). No map keyed by them is iterated.
    @Override
    public boolean equals(Object other) {
        return other instanceof Rgb c && red == c.red && green == c.green && blue == c.blue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(red, green, blue);
    }

    public static Rgb hex(int rgb) {
        return new Rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
