package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.List;

import org.handout.font.Face;
import org.handout.font.FontLibrary;
import org.handout.i18n.Labels;

/**
 * The footer of every page: the short title, "Page N of M" and the disclaimer reminder. All of it
 * is a pagination artifact: the disclaimer is read once, in its box on page 1.
 */
final class Footers {
    private final Theme theme;
    private final Labels labels;
    private final String shortTitle;

    Footers(Theme theme, Labels labels, String shortTitle) {
        this.theme = theme;
        this.labels = labels;
        this.shortTitle = shortTitle;
    }

    void addTo(List<LaidOutPage> pages) {
        float size = theme.footerSize();
        float first = theme.margin() + size * 0.9f;
        float second = first - size * 1.35f;
        for (int i = 0; i < pages.size(); i++) {
            LaidOutPage page = pages.get(i);
            float contentWidth = page.width() - 2 * theme.margin();
            float right = page.width() - theme.margin();
            page.add(new Item.Fill(null, Artifact.FOOTER, theme.margin(), first + size * 1.1f, contentWidth,
                    0.5f, Theme.RULE));
            String pageText = labels.page(i + 1, pages.size());
            float pageWidth = width(pageText, size);
            place(page, shorten(shortTitle, contentWidth - pageWidth - size * 2, size), theme.margin(), first, size);
            place(page, pageText, right - pageWidth, first, size);
            place(page, labels.get("disclaimer.reminder"), theme.margin(), second, size);
        }
    }

    private String shorten(String text, float room, float size) {
        String s = text;
        while (s.length() > 4 && width(s, size) > room) {
            s = s.substring(0, s.length() - 2).strip() + "…";
            s = s.replace("……", "…");
        }
        return s;
    }

    private static float width(String text, float size) {
        float w = 0;
        Face body = FontLibrary.body(false, false);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face face = FontLibrary.faceFor(cp, body);
            if (face != null) {
                w += face.advance(face.glyph(cp)) * size / 1000f;
            }
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Draws text as footer artifacts, one glyph run per face; characters no font has are skipped. */
    private static void place(LaidOutPage page, String text, float x, float y, float size) {
        Face body = FontLibrary.body(false, false);
        float pen = x;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            Face face = FontLibrary.faceFor(cp, body);
            List<Integer> gids = new ArrayList<>();
            List<String> chars = new ArrayList<>();
            float start = pen;
            while (i < text.length()) {
                cp = text.codePointAt(i);
                if (FontLibrary.faceFor(cp, body) != face) {
                    break;
                }
                if (face != null) {
                    int gid = face.glyph(cp);
                    gids.add(gid);
                    chars.add(new String(Character.toChars(cp)));
                    pen += face.advance(gid) * size / 1000f;
                }
                i += Character.charCount(cp);
            }
            if (face != null && !gids.isEmpty()) {
                page.add(new Item.Glyphs(null, Artifact.FOOTER, start, y, face, size,
                        gids.stream().mapToInt(Integer::intValue).toArray(), chars.toArray(String[]::new), Theme.MUTED));
            }
        }
    }
}
