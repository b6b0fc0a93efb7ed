package org.handout.pdf.layout;


import org.handout.pdf.layout.PageSize;

/**
 * Type sizes, spacing and colours. Every text colour has at least 7:1 contrast on white (and on
 * the disclaimer's tint), beyond WCAG AAA for body text.
 */
public record Theme(PageSize pageSize, float margin, float bodySize, float leading, float scale) {
    static final Rgb TEXT = Rgb.hex(0x1a1a1a);
    static final Rgb HEADING = Rgb.hex(0x0b3d62);
    static final Rgb LINK = Rgb.hex(0x0a3f8f);
    static final Rgb MUTED = Rgb.hex(0x3d3d3d);
    static final Rgb RULE = Rgb.hex(0x6b7a89);
    static final Rgb BOX_BORDER = Rgb.hex(0x0b3d62);
    static final Rgb BOX_FILL = Rgb.hex(0xeef4fa);
    static final Rgb CODE_FILL = Rgb.hex(0xf3f4f6);
    static final Rgb HEADER_FILL = Rgb.hex(0xe8eef4);

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
