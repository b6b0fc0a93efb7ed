package org.handout.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Our font reader agrees with fontbox's, and a subset read back by fontbox has the used glyphs and only them. */
class GlyphSubsetTest {
    private static final String DEJAVU = "/fonts/DejaVuSans.ttf";

    @Test
    void metricsAndGlyphIdsMatchFontbox() throws IOException {
        for (String file : new String[] {DEJAVU, "/fonts/AtkinsonHyperlegibleNext_400Regular.ttf",
                "/fonts/NotoSansSymbols2-Regular.ttf", "/fonts/NotoSansMath-Regular.ttf"}) {
            Face face = new Face("test", file, false);
            TrueTypeFont ttf = fontbox(bytes(file));
            var cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0; cp < 0x20000; cp++) {
                int expected = cmap.getGlyphId(cp);
                assertEquals(expected, face.glyph(cp), () -> file + " glyph");
            }
            for (int gid = 0; gid < ttf.getNumberOfGlyphs(); gid++) {
                assertEquals(ttf.getHorizontalMetrics().getAdvanceWidth(gid) * 1000f / ttf.getUnitsPerEm(),
                        face.advance(gid), 0.001f, file);
            }
            assertEquals(ttf.getHorizontalHeader().getAscender() * 1000f / ttf.getUnitsPerEm(), face.metrics().ascent(), 0.001f);
            assertEquals(ttf.getPostScript().getItalicAngle(), face.metrics().italicAngle(), 0.001f);
            assertEquals(ttf.getOS2Windows().getWeightClass(), face.metrics().weight());
        }
    }

    @Test
    void subsetKeepsUsedGlyphsWithTheirComponentsUnderTheirIds() throws IOException {
        Face face = new Face("DejaVuSans", DEJAVU, false);
        TrueTypeFont original = fontbox(bytes(DEJAVU));
        int e = face.glyph('\u00e9');
        int a = face.glyph('A');
        int unused = face.glyph('Z');
        GlyphData composite = original.getGlyph().getGlyph(e);
        assertTrue(composite.getDescription().isComposite(), "é is a composite glyph in DejaVu Sans");
        BitSet used = new BitSet();
        used.set(e);
        used.set(a);

        TrueTypeFont subset = fontbox(face.subset(used));
        assertEquals(original.getNumberOfGlyphs(), subset.getNumberOfGlyphs());
        for (int gid : new int[] {a, e}) {
            assertEquals(original.getGlyph().getGlyph(gid).getPath().getBounds2D(),
                    subset.getGlyph().getGlyph(gid).getPath().getBounds2D(), "glyph " + gid);
            assertEquals(original.getHorizontalMetrics().getAdvanceWidth(gid), subset.getHorizontalMetrics().getAdvanceWidth(gid));
        }
        assertNotNull(subset.getGlyph().getGlyph(0), ".notdef is kept");
        GlyphData dropped = subset.getGlyph().getGlyph(unused);
        assertTrue(dropped == null || dropped.getPath().getBounds2D().isEmpty(), "an unused glyph is empty");
        assertTrue(face.subset(used).length < bytes(DEJAVU).length / 4, "the subset is much smaller than the font");
        assertNull(subset.getTableMap().get("cmap"), "a CIDFontType2 program needs no cmap");
    }

    private static TrueTypeFont fontbox(byte[] data) throws IOException {
        return new TTFParser(true).parse(new RandomAccessReadBuffer(data));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = GlyphSubsetTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
