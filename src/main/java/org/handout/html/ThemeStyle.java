package org.handout.html;

import java.util.Base64;
import java.util.Locale;

import org.handout.theme.HouseStyle;
import org.handout.theme.Palette;

/**
 * A house style as a second style sheet, after the page's own: it sets the same colour variables for the light
 * scheme and for the dark one derived from it (both passed the guard rails), colours headings, and sets the body
 * size and, for print, the page. The disclaimer's rules (display, place, size) are in the page's own sheet, with
 * {@code !important}, and nothing here touches them.
 */
final class ThemeStyle {
    private ThemeStyle() {}

    static String css(HouseStyle house) {
        StringBuilder css = new StringBuilder(":root {").append(variables(house.colors())).append("}\n")
                .append("@media screen and (prefers-color-scheme: dark) {\n  :root {").append(variables(house.colors().dark()))
                .append("}\n}\n")
                .append("h1, h2, h3, h4, h5, h6 { color: var(--heading); }\n")
                .append(".publisher { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;"
                        + " margin: 0 0 0.75rem; font-weight: 650; color: var(--text); }\n")
                .append(".publisher img { height: 3rem; width: auto; }\n");
        fonts(house.fonts(), css);
        if (house.baseSize() != null) {
            // Screen type keeps the page's 17 px at the default 11.5 pt, in rem, so that the reader's own setting scales it.
            css.append("body { font-size: ").append(number(1.0625 * house.baseSize() / 11.5)).append("rem; }\n");
        }
        if (house.baseSize() == null && house.pageSize() == null && house.margin() == null) {
            return css.toString();
        }
        css.append("@media print {\n");
        if (house.baseSize() != null) {
            css.append("  body { font-size: ").append(number(house.baseSize())).append("pt; }\n");
        }
        if (house.pageSize() != null || house.margin() != null) {
            css.append("  @page {");
            if (house.pageSize() != null) {
                css.append(" size: ").append(house.pageSize().equals("a4") ? "A4" : "letter").append(';');
            }
            if (house.margin() != null) {
                css.append(" margin: ").append(number(house.margin())).append("pt;");
            }
            css.append(" }\n");
        }
        return css.append("}\n").toString();
    }

    /** The families the page's own sheet names follow the theme's, so that the browser falls back per character too. */
    private static final String BODY_FALLBACK = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\","
            + " \"Helvetica Neue\", Arial, sans-serif";
    private static final String MONO_FALLBACK = "ui-monospace, \"Cascadia Mono\", \"DejaVu Sans Mono\", Menlo, Consolas,"
            + " monospace";

    /** Whether the theme brings fonts: then the page's policy allows fonts from data: URLs. */
    static boolean hasFonts(HouseStyle house) {
        HouseStyle.Fonts f = house.fonts();
        return f.regular() != null || f.bold() != null || f.italic() != null || f.boldItalic() != null
                || f.headings() != null || f.mono() != null;
    }

    /**
     * Each of the theme's fonts embedded as an {@code @font-face} (the page fetches nothing). A headings face serves
     * every weight, as in the PDF; a body style the theme lacks is left to the browser, which synthesizes it.
     */
    private static void fonts(HouseStyle.Fonts fonts, StringBuilder css) {
        face(css, "house-body", fonts.regular(), "normal", "normal");
        face(css, "house-body", fonts.bold(), "bold", "normal");
        face(css, "house-body", fonts.italic(), "normal", "italic");
        face(css, "house-body", fonts.boldItalic(), "bold", "italic");
        face(css, "house-headings", fonts.headings(), "100 900", "normal");
        face(css, "house-mono", fonts.mono(), "normal", "normal");
        if (fonts.regular() != null || fonts.bold() != null || fonts.italic() != null || fonts.boldItalic() != null) {
            css.append("body { font-family: \"house-body\", ").append(BODY_FALLBACK).append("; }\n");
        }
        if (fonts.headings() != null) {
            css.append("h1, h2, h3, h4, h5, h6 { font-family: \"house-headings\", ").append(BODY_FALLBACK).append("; }\n");
        }
        if (fonts.mono() != null) {
            css.append("code, kbd, pre { font-family: \"house-mono\", ").append(MONO_FALLBACK).append("; }\n");
        }
    }

    private static void face(StringBuilder css, String family, HouseStyle.FontFile file, String weight, String style) {
        if (file != null) {
            css.append("@font-face { font-family: \"").append(family).append("\"; font-weight: ").append(weight)
                    .append("; font-style: ").append(style).append("; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(file.bytes())).append(") format(\"truetype\"); }\n");
        }
    }

    private static String variables(Palette p) {
        return " --text: " + p.text().hex() + "; --muted: " + p.text().hex() + "; --bg: " + p.background().hex()
                + "; --link: " + p.accent().hex() + "; --visited: " + p.accent().hex() + "; --heading: "
                + p.primary().hex() + ";\n    --rule: " + p.primary().hex() + "; --code-bg: " + p.codeBackground().hex()
                + "; --note-bg: " + p.disclaimerBackground().hex() + "; --note-border: " + p.disclaimerBorder().hex()
                + "; --focus: " + p.accent().hex() + "; --table-stripe: " + p.stripe().hex() + "; ";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
    }
}
