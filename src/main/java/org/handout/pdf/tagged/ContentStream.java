package org.handout.pdf.tagged;

import java.nio.charset.StandardCharsets;

import org.handout.pdf.layout.Rgb;

/**
 * Builds a page's content stream as bytes. Written by hand rather than through PDFBox's
 * PDPageContentStream so that glyph ids go out as they are (no second encoding pass, no
 * substitution that could lose a glyph's Unicode mapping) and numbers never depend on the locale.
 */
final class ContentStream {
    /** Sized for a full page of text, so that appending seldom has to copy what is already written. */
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /**
     * Opens tagged content. {@code actualText}, when set, is repeated in the property list so that
     * tools reading the page without the structure tree also get the logical text.
     */
    void beginTagged(String type, int mcid, String actualText) {
        out.append('/').append(type).append(" <</MCID ").append(mcid);
        if (actualText != null) {
            out.append(" /ActualText <FEFF");
            for (char c : actualText.toCharArray()) {
                Hex.four(out, c);
            }
            out.append('>');
        }
        out.append(">> BDC\n");
    }

    void beginArtifact(String type, String subtype) {
        out.append("/Artifact <</Type /").append(type);
        if (subtype != null) {
            out.append(" /Subtype /").append(subtype);
        }
        out.append(">> BDC\n");
    }

    void end() {
        out.append("EMC\n");
    }

    void fillColor(Rgb c) {
        number(c.red() / 255f).append(' ');
        number(c.green() / 255f).append(' ');
        number(c.blue() / 255f).append(" rg\n");
    }

    void rectangle(float x, float y, float w, float h) {
        number(x).append(' ');
        number(y).append(' ');
        number(w).append(' ');
        number(h).append(" re f\n");
    }

    /** Shows glyphs by id (Identity-H: two bytes per glyph). */
    void glyphs(String font, float size, float x, float y, int[] gids) {
        out.append("BT /").append(font).append(' ');
        number(size).append(" Tf 1 0 0 1 ");
        number(x).append(' ');
        number(y).append(" Tm <");
        for (int gid : gids) {
            Hex.four(out, gid);
        }
        out.append("> Tj ET\n");
    }

    void image(String name, float x, float y, float w, float h) {
        out.append("q ");
        number(w).append(" 0 0 ");
        number(h).append(' ');
        number(x).append(' ');
        number(y).append(" cm /").append(name).append(" Do Q\n");
    }

    /** A number with at most three decimals, never in exponent form. */
    private StringBuilder number(float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            // Digits without trailing zeros, by arithmetic: a regex here dominated the writer's profile.
            out.append('.').append((char) ('0' + fraction / 100));
            fraction %= 100;
            if (fraction != 0) {
                out.append((char) ('0' + fraction / 10));
                if (fraction % 10 != 0) {
                    out.append((char) ('0' + fraction % 10));
                }
            }
        }
        return out;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
