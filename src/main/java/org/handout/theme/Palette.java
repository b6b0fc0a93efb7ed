package org.handout.theme;

/**
 * A theme's colours in one scheme. {@code primary} draws headings and rules, {@code accent} links;
 * the fills of code and table headers are mixed from these, so that a theme names six colours and
 * every surface follows them.
 */
public record Palette(Srgb text, Srgb background, Srgb primary, Srgb accent, Srgb disclaimerBackground,
        Srgb disclaimerBorder) {

    /** What a theme leaves out: the renderer's own PDF colours. */
    public static final Palette DEFAULT = new Palette(hex(0x1a1a1a), Srgb.WHITE, hex(0x0b3d62), hex(0x0a3f8f), hex(0xeef4fa),
            hex(0x0b3d62));

    /** Behind code blocks and inline code: a trace of the text colour. */
    public Srgb codeBackground() {
        return background.mix(text, 0.05);
    }

    /** Behind table header rows: a tint of the primary colour. */
    public Srgb headerBackground() {
        return background.mix(primary, 0.1);
    }

    /** Behind every other table row in the HTML. */
    public Srgb stripe() {
        return background.mix(primary, 0.04);
    }

    /**
     * The dark scheme the HTML offers ({@code prefers-color-scheme: dark}), derived from these colours: see
     * {@link DarkScheme}.
     */
    public Palette dark() {
        return DarkScheme.of(this);
    }

    private static Srgb hex(int rgb) {
        return new Srgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
