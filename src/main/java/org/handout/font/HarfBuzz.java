package org.handout.font;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Shaping by HarfBuzz through the JDK's text layout ({@code Font.layoutGlyphVector}), with the
 * font's standard ligatures and kerning on: reordering, conjuncts, joining forms and mark
 * positioning for every script. The JDK links the system's HarfBuzz, so the glyphs are those of
 * {@code hb-shape} with the same font. AWT's font stack costs about 120 ms on a cold start, so it
 * is loaded only for text that needs it (see {@link Face#shape}).
 */
final class HarfBuzz {
    /** The JDK's glyph ids for characters that draw nothing (its CharToGlyphMapper's invisible glyphs). */
    private static final int FIRST_INVISIBLE = 0xFFFE;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    private final Font font;

    HarfBuzz(String name, byte[] data) {
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data)).deriveFont(Map.of(
                    TextAttribute.SIZE, 1000f,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("cannot shape with font " + name, e);
        }
    }

    GlyphRun shape(String text, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = vector.getNumGlyphs();
        float[] positions = vector.getGlyphPositions(0, n + 1, null);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (vector.getGlyphCode(i) < FIRST_INVISIBLE) {
                kept++;
            }
        }
        int[] gids = new int[kept];
        float[] x = new float[kept];
        float[] y = new float[kept];
        int[] cluster = new int[kept];
        for (int i = 0, k = 0; i < n; i++) {
            int gid = vector.getGlyphCode(i);
            if (gid < FIRST_INVISIBLE) {
                gids[k] = gid;
                x[k] = positions[2 * i];
                y[k] = -positions[2 * i + 1];
                cluster[k++] = vector.getGlyphCharIndex(i);
            }
        }
        return new GlyphRun(gids, x, y, cluster, positions[2 * n]);
    }
}
