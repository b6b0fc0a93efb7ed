package org.handout.theme;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An sRGB colour as a theme writes it ({@code #rrggbb} or {@code #rgb}), with the measures the
 * guard rails need: WCAG 2.2's relative luminance and contrast ratio, and CIELAB (D65) for telling
 * colours apart and for deriving the dark scheme.
 */
public record Srgb(int red, int green, int blue) {
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    /** CIE standard illuminant D65, the sRGB white point. */
    private static final double WHITE_X = 0.95047;
    private static final double WHITE_Z = 1.08883;

    public static final Srgb WHITE = new Srgb(255, 255, 255);

    /** The colour a theme names, or null when the text is not {@code #rgb} or {@code #rrggbb}. */
    static Srgb parse(String text) {
        if (!HEX.matcher(text).matches()) {
            return null;
        }
        String digits = text.length() == 4 ? text.replaceAll("([0-9a-fA-F])", "$1$1").substring(1) : text.substring(1);
        int rgb = Integer.parseInt(digits, 16);
        return new Srgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** WCAG 2.2 relative luminance: the linear-light Y of the colour, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2.2 contrast ratio, 1 to 21, whichever of the two is lighter. */
    public double contrast(Srgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** {@code share} of {@code other} mixed into this colour (0: this, 1: the other), channel by channel. */
    public Srgb mix(Srgb other, double share) {
        return new Srgb(blend(red, other.red, share), blend(green, other.green, share), blend(blue, other.blue, share));
    }

    /** CIE76 colour difference ΔE*ab: about 2.3 is the smallest difference people notice. */
    double difference(Srgb other) {
        double[] a = lab();
        double[] b = other.lab();
        return Math.sqrt(square(a[0] - b[0]) + square(a[1] - b[1]) + square(a[2] - b[2]));
    }

    /** CIELAB L*, a*, b*. */
    double[] lab() {
        double r = linear(red);
        double g = linear(green);
        double b = linear(blue);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / WHITE_X;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / WHITE_Z;
        double fy = labF(y);
        return new double[] {116 * fy - 16, 500 * (labF(x) - fy), 200 * (fy - labF(z))};
    }

    /**
     * The colour at CIELAB {@code lightness} with this colour's hue, and as much of its chroma as
     * sRGB can show at that lightness (less, found by halving, where the full chroma lies outside).
     */
    Srgb withLightness(double lightness) {
        double[] lab = lab();
        Srgb full = fromLab(lightness, lab[1], lab[2]);
        if (full != null) {
            return full;
        }
        Srgb best = fromLab(lightness, 0, 0);
        double low = 0;
        double high = 1;
        for (int i = 0; i < 20; i++) {
            double middle = (low + high) / 2;
            Srgb candidate = fromLab(lightness, lab[1] * middle, lab[2] * middle);
            if (candidate == null) {
                high = middle;
            } else {
                best = candidate;
                low = middle;
            }
        }
        return best;
    }

    /** The sRGB colour of a CIELAB value, or null when it lies outside sRGB's gamut. */
    private static Srgb fromLab(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double x = WHITE_X * labInverse(fy + a / 500);
        double y = labInverse(fy);
        double z = WHITE_Z * labInverse(fy - b / 200);
        double[] rgb = {
            3.2406 * x - 1.5372 * y - 0.4986 * z,
            -0.9689 * x + 1.8758 * y + 0.0415 * z,
            0.0557 * x - 0.2040 * y + 1.0570 * z};
        int[] channels = new int[3];
        for (int i = 0; i < 3; i++) {
            if (rgb[i] < -0.001 || rgb[i] > 1.001) {
                return null;
            }
            channels[i] = encode(Math.max(0, Math.min(1, rgb[i])));
        }
        return new Srgb(channels[0], channels[1], channels[2]);
    }

    /** The CIELAB lightness whose linear-light Y is {@code luminance}. */
    static double lightnessOf(double luminance) {
        return 116 * labF(luminance) - 16;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int encode(double linear) {
        double c = linear <= 0.0031308 ? linear * 12.92 : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(c * 255);
    }

    private static double labF(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double labInverse(double f) {
        double cube = f * f * f;
        return cube > 216.0 / 24389 ? cube : (116 * f - 16) / (24389.0 / 27);
    }

    private static int blend(int a, int b, double share) {
        return (int) Math.round(a + (b - a) * share);
    }

    private static double square(double d) {
        return d * d;
    }
}
