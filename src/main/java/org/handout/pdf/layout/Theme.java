package org.handout.pdf.layout;

import org.handout.theme.HouseStyle;

/**
 * Type sizes, spacing, colours and faces, and the house style (null for the renderer's own look) whose
 * name, logo and footer line the layout places.
 */
public record Theme(PageSize pageSize, float margin, float bodySize, float leading, float scale, Colors colors,
        Typefaces faces, HouseStyle house) {
    private static final float BODY_SIZE = 11.5f;
    private static final float LARGE_PRINT_SIZE = 18f;

    /**
     * 20 mm margins, 11.5 pt body text on 1.45 leading; large print: 18 pt on 1.5. A house style may set the
     * margins and the body size; in large print the body is 18 pt, or the house's size where that is larger.
     * Headings and spacing scale with the body.
     */
    public static Theme of(PageSize pageSize, boolean largePrint, HouseStyle house) {
        float margin = house != null && house.margin() != null ? house.margin() : 20 * 72 / 25.4f;
        float base = house != null && house.baseSize() != null ? house.baseSize() : BODY_SIZE;
        float body = largePrint ? Math.max(LARGE_PRINT_SIZE, base) : base;
        return new Theme(pageSize, margin, body, largePrint ? 1.5f : 1.45f, body / BODY_SIZE,
                house == null ? Colors.DEFAULT : Colors.of(house.colors()),
                house == null ? Typefaces.SHIPPED : new Typefaces(house.fonts()), house);
    }

    float headingSize(int level) {
        float[] sizes = {24f, 18f, 15f, 13.5f, 12.5f, 11.5f};
        return Math.max(sizes[Math.min(level, 6) - 1] * scale, bodySize);
    }

    float footerSize() {
        return 9f * Math.min(scale, 1.3f);
    }

    float paragraphGap() {
        return bodySize * 0.75f;
    }

    float contentWidth() {
        return pageSize.width() - 2 * margin;
    }
}
