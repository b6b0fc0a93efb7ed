package org.handout.theme;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.SourcePos;

/**
 * What a house style may not do to a reader, checked before anything is written. Every pair of a colour drawn on
 * another, in the light scheme (PDF and HTML) and in the derived dark scheme (HTML), reaches WCAG 2.2's contrast
 * ratio: 4.5:1 for text (each themed colour draws text as small as the body's: headings go down to body size and a
 * long title shrinks), 3:1 for the disclaimer's border, which marks the box out (1.4.11). Links are underlined in
 * both outputs, which alone keeps them apart from the text (1.4.1); their colour must differ clearly too. The body
 * size has a floor, the margins a range.
 */
final class GuardRails {
    static final float MIN_BODY_SIZE = 11f;
    static final double TEXT_CONTRAST = 4.5;
    static final double NON_TEXT_CONTRAST = 3.0;
    /** CIE76 ΔE*ab between link and text colours: about 2.3 is the smallest difference people notice. */
    static final double LINK_DIFFERENCE = 20;
    static final float MIN_MARGIN = 15 * 72 / 25.4f;
    static final float MAX_MARGIN = 40 * 72 / 25.4f;

    /** A colour of the palette, how messages name it, and the theme key whose line they point to. */
    private record Role(String name, Function<Palette, Srgb> color, String key) {}

    private static final Role TEXT = new Role("colors.text", Palette::text, "text");
    private static final Role BACKGROUND = new Role("colors.background", Palette::background, "background");
    private static final Role PRIMARY = new Role("colors.primary", Palette::primary, "primary");
    private static final Role ACCENT = new Role("colors.accent", Palette::accent, "accent");
    private static final Role DISCLAIMER_BACKGROUND = new Role("colors.disclaimer-background",
            Palette::disclaimerBackground, "disclaimer-background");
    private static final Role DISCLAIMER_BORDER = new Role("colors.disclaimer-border", Palette::disclaimerBorder,
            "disclaimer-border");
    private static final Role CODE_BACKGROUND = new Role("the code background (colors.background with 5 % of colors.text)",
            Palette::codeBackground, "background");
    private static final Role HEADER_BACKGROUND = new Role(
            "the table header background (colors.background with 10 % of colors.primary)", Palette::headerBackground,
            "primary");

    private static final Role STRIPE = new Role("the striped table rows (colors.background with 4 % of colors.primary)",
            Palette::stripe, "primary");

    /** A colour on a background, what it draws, and the ratio it needs. */
    private record Pair(String what, Role foreground, Role background, double minimum) {}

    private static final List<Pair> PAIRS = List.of(
            new Pair("body text", TEXT, BACKGROUND, TEXT_CONTRAST),
            new Pair("headings", PRIMARY, BACKGROUND, TEXT_CONTRAST),
            new Pair("links", ACCENT, BACKGROUND, TEXT_CONTRAST),
            new Pair("the disclaimer's text", TEXT, DISCLAIMER_BACKGROUND, TEXT_CONTRAST),
            new Pair("links in the disclaimer", ACCENT, DISCLAIMER_BACKGROUND, TEXT_CONTRAST),
            new Pair("code", TEXT, CODE_BACKGROUND, TEXT_CONTRAST),
            new Pair("table headers", TEXT, HEADER_BACKGROUND, TEXT_CONTRAST),
            new Pair("table rows", TEXT, STRIPE, TEXT_CONTRAST),
            new Pair("the disclaimer's border", DISCLAIMER_BORDER, BACKGROUND, NON_TEXT_CONTRAST));

    private static final String LINKS_APART = "links apart from text";

    private GuardRails() {}

    /** A pair that fails in the light scheme is reported there only: its dark counterpart, derived from it, fails too. */
    static void check(HouseStyle style, Map<String, SourcePos> lines, Diagnostics diagnostics) {
        Set<String> failed = colors(style.colors(), "", Set.of(), lines, diagnostics);
        colors(style.colors().dark(), "dark scheme: ", failed, lines, diagnostics);
        if (style.baseSize() != null && style.baseSize() < MIN_BODY_SIZE) {
            diagnostics.error(lines.get("base-size"), "'base-size' " + points(style.baseSize())
                    + " is below the accessible minimum of " + points(MIN_BODY_SIZE) + " for body text");
        }
        if (style.margin() != null && (style.margin() < MIN_MARGIN - 0.01f || style.margin() > MAX_MARGIN + 0.01f)) {
            diagnostics.error(lines.get("page.margins"), "'page.margins' must be between 15 mm and 40 mm, not "
                    + String.format(Locale.ROOT, "%.1f mm", style.margin() * 25.4f / 72));
        }
    }

    /** Checks every pair but those in {@code skip}; returns the ones that failed. */
    private static Set<String> colors(Palette palette, String scheme, Set<String> skip, Map<String, SourcePos> lines,
            Diagnostics diagnostics) {
        boolean dark = !scheme.isEmpty();
        Set<String> failed = new HashSet<>();
        for (Pair pair : PAIRS) {
            Srgb foreground = pair.foreground().color().apply(palette);
            Srgb background = pair.background().color().apply(palette);
            double ratio = foreground.contrast(background);
            if (ratio < pair.minimum() && !skip.contains(pair.what())) {
                failed.add(pair.what());
                diagnostics.error(line(lines, pair.foreground(), pair.background()), scheme
                        + describe(pair.foreground(), foreground, dark) + " on " + describe(pair.background(), background, dark)
                        + ": contrast " + ratio(ratio) + ", below the " + (pair.minimum() == TEXT_CONTRAST ? "4.5:1" : "3:1")
                        + " required for " + pair.what() + " (WCAG 2.2 " + (pair.minimum() == TEXT_CONTRAST ? "1.4.3" : "1.4.11")
                        + ")");
            }
        }
        double difference = palette.accent().difference(palette.text());
        if (difference < LINK_DIFFERENCE && !skip.contains(LINKS_APART)) {
            failed.add(LINKS_APART);
            diagnostics.error(line(lines, ACCENT, TEXT), scheme + "links " + describe(ACCENT, palette.accent(), dark)
                    + " and body text " + describe(TEXT, palette.text(), dark) + " differ by ΔE "
                    + String.format(Locale.ROOT, "%.1f", difference) + ": a link's colour must differ clearly from the"
                    + " text's, ΔE*ab at least " + (int) LINK_DIFFERENCE);
        }
        return failed;
    }

    /** In the dark scheme a colour is derived: the message says from which theme colour. */
    private static String describe(Role role, Srgb color, boolean dark) {
        return dark ? color.hex() + " (from " + role.name() + ")" : role.name() + " " + color.hex();
    }

    /** The line of the first of the roles the theme sets; line 0 when it sets neither (the defaults failed). */
    private static SourcePos line(Map<String, SourcePos> lines, Role first, Role second) {
        SourcePos pos = lines.get("colors." + first.key());
        if (pos == null) {
            pos = lines.get("colors." + second.key());
        }
        return pos != null ? pos : lines.getOrDefault("colors", SourcePos.NONE);
    }

    /** A ratio as WCAG writes it, cut (not rounded) to two decimals so that a failing ratio never reads as passing. */
    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }

    private static String points(float size) {
        return String.format(Locale.ROOT, "%.1f pt", size).replace(".0 pt", " pt");
    }
}
