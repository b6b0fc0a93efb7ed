package org.handout.pdf.layout;

import org.handout.theme.Palette;
import org.handout.theme.Srgb;

/**
 * The colour of each thing the layout draws. The renderer's own look has every text colour at 7:1 or more on white
 * and on the disclaimer's tint; a theme's colours have passed its guard rails. {@code page} is the page's
 * background, or null for plain white paper (nothing is painted).
 */
record Colors(Rgb text, Rgb heading, Rgb link, Rgb muted, Rgb rule, Rgb boxBorder, Rgb boxFill, Rgb codeFill,
        Rgb headerFill, Rgb disclaimerHeading, Rgb page) {

    /** The renderer's own look: a theme's default colours, with greys and tints of its own. */
    static final Colors DEFAULT = new Colors(rgb(Palette.DEFAULT.text()), rgb(Palette.DEFAULT.primary()),
            rgb(Palette.DEFAULT.accent()), Rgb.hex(0x3d3d3d), Rgb.hex(0x6b7a89), rgb(Palette.DEFAULT.disclaimerBorder()),
            rgb(Palette.DEFAULT.disclaimerBackground()), Rgb.hex(0xf3f4f6), Rgb.hex(0xe8eef4),
            rgb(Palette.DEFAULT.primary()), null);

    /**
     * A theme's light scheme: headings and rules in its primary colour, links in its accent; the byline, footers and
     * the disclaimer's heading in its text colour, the pairs its guard rails checked.
     */
    static Colors of(Palette palette) {
        Rgb text = rgb(palette.text());
        Rgb primary = rgb(palette.primary());
        return new Colors(text, primary, rgb(palette.accent()), text, primary, rgb(palette.disclaimerBorder()),
                rgb(palette.disclaimerBackground()), rgb(palette.codeBackground()), rgb(palette.headerBackground()), text,
                palette.background().equals(Srgb.WHITE) ? null : rgb(palette.background()));
    }

    private static Rgb rgb(Srgb color) {
        return new Rgb(color.red(), color.green(), color.blue());
    }
}
