package org.handout.html;

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
