package org.handout.pdf.layout;

/**
 * An sRGB colour, 0-255 per channel. Our own record rather than java.awt.Color, whose first use
 * loads the AWT native library, which nothing else in a text-only render needs.
 */
public record Rgb(int red, int green, int blue) {
    public static Rgb hex(int rgb) {
        return new Rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
