package org.handout.pdf.layout;

import java.util.List;

import org.handout.i18n.Labels;
import org.handout.model.SourcePos;

/**
 * The footer of every page: the short title, "Page N of M", the disclaimer reminder and a house
 * style's footer line. All of it is a pagination artifact: the disclaimer is read once, in its box
 * on page 1, and the footer line would otherwise be read on every page. In a right-to-left
 * document it is mirrored: the title, the reminder and the footer line start at the right margin.
 */
final class Footers {
    private final Theme theme;
    private final Labels labels;
    private final String shortTitle;
    private final LayoutContext context;

    /** {@code context} reports nothing: the title's characters were reported where it was laid out. */
    Footers(Theme theme, LayoutContext context, String shortTitle) {
        this.theme = theme;
        this.labels = context.labels();
        this.shortTitle = shortTitle;
        this.context = context;
    }

    void addTo(List<LaidOutPage> pages) {
        float size = theme.footerSize();
        float first = theme.margin() + size * 0.9f;
        ShapedText reminder = shape(labels.get("disclaimer.reminder"));
        ShapedText title = shape(shortTitle);
        // The second line goes lower where the title's face reaches further down (Arabic, Thai, Myanmar).
        float second = first - gap(title, reminder, size);
        String houseLine = theme.house() == null ? null : theme.house().footer();
        ShapedText house = houseLine == null ? null : shape(houseLine);
        for (int i = 0; i < pages.size(); i++) {
            LaidOutPage page = pages.get(i);
            float contentWidth = page.width() - 2 * theme.margin();
            float right = page.width() - theme.margin();
            page.add(new Item.Fill(null, Artifact.FOOTER, theme.margin(), first + size * 1.1f, contentWidth,
                    0.5f, theme.colors().rule()));
            ShapedText pageText = shape(labels.page(i + 1, pages.size()));
            float pageWidth = pageText.width(0, pageText.length);
            ShapedText shortened = title(title, contentWidth - pageWidth - size * 2);
            boolean mirrored = context.rightToLeft();
            place(page, shortened, mirrored ? right - width(shortened) : theme.margin(), first);
            place(page, pageText, mirrored ? theme.margin() : right - pageWidth, first);
            place(page, reminder, mirrored ? right - width(reminder) : theme.margin(), second);
            if (house != null) {
                place(page, house, mirrored ? right - width(house) : theme.margin(), second - gap(reminder, house, size));
            }
        }
    }

    private static float width(ShapedText shaped) {
        return LineBreaker.line(shaped, 0, shaped.length).width();
    }

    /** From one footer line's baseline to the next's: lower where the faces reach further (Arabic, Thai, Myanmar). */
    private static float gap(ShapedText above, ShapedText below, float size) {
        return Math.max(size * 1.35f,
                LineBreaker.line(above, 0, above.length).descent() + LineBreaker.line(below, 0, below.length).ascent());
    }

    /** The title, shortened with an ellipsis when it does not fit beside the page number. */
    private ShapedText title(ShapedText full, float room) {
        ShapedText shaped = full;
        String s = shortTitle;
        while (s.length() > 4 && shaped.width(0, shaped.length) > room) {
            s = (s.substring(0, s.length() - 2).strip() + "…").replace("……", "…");
            shaped = shape(s);
        }
        return shaped;
    }

    private ShapedText shape(String text) {
        TextStyle style = TextStyle.body(theme.faces(), theme.footerSize(), theme.colors().muted());
        return ShapedText.shape(List.of(new Segment(text, style, null, null, null)), context, SourcePos.NONE);
    }

    /** Draws text as a footer artifact with the same shaping and font fallback as the body. */
    private void place(LaidOutPage page, ShapedText shaped, float x, float y) {
        Line line = LineBreaker.line(shaped, 0, shaped.length);
        new TextPainter(page, Artifact.FOOTER).paint(shaped, line, x, y);
    }
}
