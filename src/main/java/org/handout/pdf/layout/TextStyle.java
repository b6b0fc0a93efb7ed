package org.handout.pdf.layout;


import org.handout.font.Face;
import org.handout.font.FontLibrary;

/** How a run of text looks. {@code rise} lifts the baseline (superscripts), in points. */
record TextStyle(boolean mono, boolean bold, boolean italic, float size, Rgb color, boolean underline,
        boolean strike, float rise) {

    static TextStyle body(float size, Rgb color) {
        return new TextStyle(false, false, false, size, color, false, false, 0);
    }

    Face preferredFace() {
        return mono ? FontLibrary.mono() : FontLibrary.body(bold, italic);
    }

    TextStyle withBold() {
        return new TextStyle(mono, true, italic, size, color, underline, strike, rise);
    }

    TextStyle withItalic() {
        return new TextStyle(mono, bold, true, size, color, underline, strike, rise);
    }

    TextStyle withMono() {
        return new TextStyle(true, bold, italic, size * 0.92f, color, underline, strike, rise);
    }

    TextStyle withStrike() {
        return new TextStyle(mono, bold, italic, size, color, underline, true, rise);
    }

    TextStyle withLink(Rgb linkColor) {
        return new TextStyle(mono, bold, italic, size, linkColor, true, strike, rise);
    }

    TextStyle withSize(float newSize) {
        return new TextStyle(mono, bold, italic, newSize, color, underline, strike, rise);
    }

    TextStyle withColor(Rgb newColor) {
        return new TextStyle(mono, bold, italic, size, newColor, underline, strike, rise);
    }

    TextStyle superscript() {
        return new TextStyle(mono, bold, italic, size * 0.7f, color, underline, strike, rise + size * 0.35f);
    }
}
