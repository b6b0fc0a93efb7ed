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

    /**
     * Shows glyphs by id (Identity-H: two bytes per glyph), glyph {@code i} from font resource
     * {@code fonts[i]}. {@code widths} are the glyphs' widths as the fonts' /W give them;
     * {@code offsets} (x and y of each glyph from the start, in points) or null for glyphs one
     * after the other. Horizontal offsets become TJ adjustments, vertical ones a text rise.
     */
    void glyphs(String[] fonts, float size, float x, float y, int[] gids, int[] widths, float[] offsets) {
        out.append("BT 1 0 0 1 ");
        number(x).append(' ');
        number(y).append(" Tm ");
        String font = null;
        float rise = 0;
        float pen = 0;
        // 0: outside a TJ array, 1: in the array, 2: in a hex string inside it.
        int state = 0;
        for (int i = 0; i < gids.length; i++) {
            float glyphX = offsets == null ? pen : offsets[2 * i];
            float glyphY = offsets == null ? 0 : offsets[2 * i + 1];
            if (!fonts[i].equals(font) || glyphY != rise) {
                if (state > 0) {
                    out.append(state == 2 ? ">] TJ " : "] TJ ");
                    state = 0;
                }
                if (!fonts[i].equals(font)) {
                    font = fonts[i];
                    out.append('/').append(font).append(' ');
                    number(size).append(" Tf ");
                }
                if (glyphY != rise) {
                    rise = glyphY;
                    number(rise).append(" Ts ");
                }
            }
            if (state == 0) {
                out.append('[');
                state = 1;
            }
            long adjustment = Math.round((pen - glyphX) * 1000 / size);
            if (adjustment != 0) {
                out.append(state == 2 ? ">" : "").append(adjustment);
                state = 1;
            }
            if (state == 1) {
                out.append('<');
                state = 2;
            }
            Hex.four(out, gids[i]);
            // From where the glyph really is, so that rounded adjustments never add up.
            pen = pen - adjustment * size / 1000 + widths[i] * size / 1000;
        }
        if (state > 0) {
            out.append(state == 2 ? ">] TJ" : "] TJ");
        }
        out.append(rise != 0 ? " 0 Ts ET\n" : " ET\n");
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
