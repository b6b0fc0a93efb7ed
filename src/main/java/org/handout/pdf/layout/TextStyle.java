package org.handout.pdf.layout;

import java.util.Objects;

import org.handout.font.Face;

/**
 * How a run of text looks. {@code rise} lifts the baseline (superscripts), in points; {@code heading} picks a house
 * style's headings face.
 */
record TextStyle(Typefaces faces, boolean heading, boolean mono, boolean bold, boolean italic, float size, Rgb color,
        boolean underline, boolean strike, float rise) {
    // Written out: a record's generated equals and hashCode link through invokedynamic at their first call, which
    // costs a cold start milliseconds per record type (issue 20). No map keyed by them is iterated.
    @Override
    public boolean equals(Object other) {
        return other instanceof TextStyle t && Objects.equals(faces, t.faces) && heading == t.heading && mono == t.mono
                && bold == t.bold && italic == t.italic && Float.compare(size, t.size) == 0
                && Objects.equals(color, t.color) && underline == t.underline && strike == t.strike
                && Float.compare(rise, t.rise) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(faces, heading, mono, bold, italic, size, color, underline, strike, rise);
    }

    static TextStyle body(Typefaces faces, float size, Rgb color) {
        return new TextStyle(faces, false, false, false, false, size, color, false, false, 0);
    }

    Face preferredFace() {
        return faces.face(heading, mono, bold, italic);
    }

    TextStyle withHeading() {
        return new TextStyle(faces, true, mono, bold, italic, size, color, underline, strike, rise);
    }

    TextStyle withBold() {
        return new TextStyle(faces, heading, mono, true, italic, size, color, underline, strike, rise);
    }

    TextStyle withItalic() {
        return new TextStyle(faces, heading, mono, bold, true, size, color, underline, strike, rise);
    }

    TextStyle withMono() {
        return new TextStyle(faces, heading, true, bold, italic, size * 0.92f, color, underline, strike, rise);
    }

    TextStyle withStrike() {
        return new TextStyle(faces, heading, mono, bold, italic, size, color, underline, true, rise);
    }

    TextStyle withLink(Rgb linkColor) {
        return new TextStyle(faces, heading, mono, bold, italic, size, linkColor, true, strike, rise);
    }

    TextStyle withSize(float newSize) {
        return new TextStyle(faces, heading, mono, bold, italic, newSize, color, underline, strike, rise);
    }

    TextStyle withColor(Rgb newColor) {
        return new TextStyle(faces, heading, mono, bold, italic, size, newColor, underline, strike, rise);
    }

    TextStyle superscript() {
        return new TextStyle(faces, heading, mono, bold, italic, size * 0.7f, color, underline, strike, rise + size * 0.35f);
    }
}
