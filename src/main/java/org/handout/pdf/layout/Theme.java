package org.handout.pdf.layout;

import java.awt.Color;

import org.handout.pdf.PageSize;

/**
 * Type sizes, spacing and colours. Every text colour has at least 7:1 contrast on white (and on
 * the disclaimer's tint), beyond WCAG AAA for body text.
 */
public record Theme(PageSize pageSize, float margin, float bodySize, float leading, float scale) {
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color HEADING = new Color(0x0b, 0x3d, 0x62);
    static final Color LINK = new Color(0x0a, 0x3f, 0x8f);
    static final Color MUTED = new Color(0x3d, 0x3d, 0x3d);
    static final Color RULE = new Color(0x6b, 0x7a, 0x89);
    static final Color BOX_BORDER = new Color(0x0b, 0x3d, 0x62);
    static final Color BOX_FILL = new Color(0xee, 0xf4, 0xfa);
    static final Color CODE_FILL = new Color(0xf3, 0xf4, 0xf6);
    static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);

    /** 20 mm margins, 11.5 pt body text on 1.45 leading; large print: 18 pt on 1.5. */
    public static Theme of(PageSize pageSize, boolean largePrint) {
        float margin = 20 * 72 / 25.4f;
        return largePrint ? new Theme(pageSize, margin, 18f, 1.5f, 18f / 11.5f)
                : new Theme(pageSize, margin, 11.5f, 1.45f, 1f);
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
