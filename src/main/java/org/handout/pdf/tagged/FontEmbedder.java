package org.handout.pdf.tagged;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.handout.font.Face;

/**
 * Embeds the faces a document uses as Type 0 / CIDFontType2 subsets. Content streams use the
 * glyph ids as CIDs, and the subsets keep every glyph's id, so the CIDToGIDMap is /Identity. The ToUnicode map
 * and the widths come from the same glyphs the layout measured, so text extraction and glyph
 * positions always agree with what was laid out.
 */
final class FontEmbedder {
    /** What one document uses of one face. */
    private static final class Usage {
        final String resourceName;
        final TreeMap<Integer, String> unicode = new TreeMap<>();
        /** Glyphs already in {@link #unicode}: most glyphs repeat, and a bit test is cheaper than a boxed map lookup. */
        final BitSet seen = new BitSet();

        Usage(String resourceName) {
            this.resourceName = resourceName;
        }
    }

    private final Map<Face, Usage> usages = new LinkedHashMap<>();

    /** Records glyphs drawn with {@code face} and returns the font's resource name. */
    String use(Face face, int[] gids, String[] text) {
        Usage usage = usages.computeIfAbsent(face, f -> new Usage("F" + (usages.size() + 1)));
        for (int i = 0; i < gids.length; i++) {
            if (!usage.seen.get(gids[i])) {
                usage.seen.set(gids[i]);
                usage.unicode.put(gids[i], text[i]);
            }
        }
        return usage.resourceName;
    }

    /** Writes every font and returns resource name → font dictionary. */
    Map<String, COSDictionary> finish() throws IOException {
        Map<String, COSDictionary> fonts = new LinkedHashMap<>();
        for (Map.Entry<Face, Usage> entry : usages.entrySet()) {
            fonts.put(entry.getValue().resourceName, type0(entry.getKey(), entry.getValue()));
        }
        return fonts;
    }

    private COSDictionary type0(Face face, Usage usage) throws IOException {
        byte[] subset = face.subset(usage.seen);
        String baseName = tag(usage) + "+" + face.name();

        COSDictionary descriptor = new COSDictionary();
        Face.FaceMetrics m = face.metrics();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, COSName.getPDFName(baseName));
        int flags = 32 | (m.fixedPitch() ? 1 : 0) | (m.italicAngle() != 0 ? 64 : 0);
        descriptor.setInt(COSName.FLAGS, flags);
        COSArray bbox = new COSArray();
        for (float v : m.bbox()) {
            bbox.add(COSInteger.get(Math.round(v)));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat(m.italicAngle()));
        descriptor.setInt(COSName.ASCENT, Math.round(m.ascent()));
        descriptor.setInt(COSName.DESCENT, Math.round(m.descent()));
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round(m.capHeight()));
        descriptor.setInt(COSName.STEM_V, Math.round(50 + m.weight() * m.weight() / 3000f));
        descriptor.setItem(COSName.FONT_FILE2, fontFile(subset));

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setItem(COSName.BASE_FONT, COSName.getPDFName(baseName));
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, widths(face, usage));
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName(baseName));
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, Streams.flate(toUnicode(usage)));
        return font;
    }

    /** A subset tag of six capitals derived from the glyphs used, so it is the same every run. */
    private static String tag(Usage usage) {
        long hash = 1125899906842597L;
        for (Map.Entry<Integer, String> e : usage.unicode.entrySet()) {
            hash = 31 * hash + e.getKey();
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.toString();
    }

    private static COSArray widths(Face face, Usage usage) {
        COSArray w = new COSArray();
        for (int gid : usage.unicode.keySet()) {
            w.add(COSInteger.get(gid));
            COSArray one = new COSArray();
            one.add(COSInteger.get(Math.round(face.advance(gid))));
            w.add(one);
        }
        return w;
    }

    private static byte[] toUnicode(Usage usage) {
        StringBuilder cmap = new StringBuilder();
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = usage.unicode.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var chunk = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (var e : chunk) {
                Hex.four(cmap.append('<'), e.getKey()).append("> <");
                for (char c : e.getValue().toCharArray()) {
                    Hex.four(cmap, c);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static COSStream fontFile(byte[] data) throws IOException {
        COSStream stream = Streams.flate(data);
        stream.setInt(COSName.LENGTH1, data.length);
        return stream;
    }

}
