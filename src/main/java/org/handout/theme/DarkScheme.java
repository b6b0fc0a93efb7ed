package org.handout.theme;

/**
 * The dark scheme derived from a theme's (light) colours. The background becomes a near-black of
 * its own hue (CIELAB lightness 8); every other colour keeps its hue and chroma, and takes the
 * lightness at which it stands out from the dark background exactly as much as it stood out from
 * the light one (the same WCAG contrast ratio, on the light side). So text that reads at 12:1 on
 * white reads at 12:1 on the dark background, a tinted box stays a shade off the page, and a border
 * of 3:1 stays 3:1. A theme whose background is already dark keeps its colours in both schemes.
 */
final class DarkScheme {
    /** CIELAB lightness of the dark background: about that of the default dark scheme's #15181b. */
    static final double BACKGROUND_LIGHTNESS = 8;

    private DarkScheme() {}

    static Palette of(Palette light) {
        if (light.background().lab()[0] < 50) {
            return light;
        }
        Srgb background = light.background().withLightness(BACKGROUND_LIGHTNESS);
        Srgb page = light.background();
        return new Palette(matching(light.text(), page, background), background,
                matching(light.primary(), page, background), matching(light.accent(), page, background),
                matching(light.disclaimerBackground(), page, background),
                matching(light.disclaimerBorder(), page, background));
    }

    /** {@code colour}'s hue, lighter than {@code dark} by the ratio by which it is darker than {@code light}. */
    private static Srgb matching(Srgb colour, Srgb light, Srgb dark) {
        double ratio = colour.contrast(light);
        double luminance = Math.min(1, ratio * (dark.luminance() + 0.05) - 0.05);
        double lightness = Srgb.lightnessOf(luminance);
        Srgb result = colour.withLightness(lightness);
        // Rounding to 8 bits may land a hair below the ratio: step up until it holds (or white is reached).
        while (result.contrast(dark) < ratio && lightness < 100) {
            lightness = Math.min(100, lightness + 0.25);
            result = colour.withLightness(lightness);
        }
        return result;
    }
}
