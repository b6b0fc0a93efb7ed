package org.handout.pdf.tagged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * glyph ids as CIDs, and the subsets keep every glyph's id, so the CIDToGIDMap is /Identity. The
 * widths come from the same glyphs the layout measured, so glyph positions always agree with what
 * was laid out.
 *
 * <p>A glyph does not always stand for the same text: a conjunct or ligature glyph may come from
 * different letters, and the letter a line ends on also carries the space the line broke at. So
 * each face gets as many Type 0 fonts as one glyph needs texts, all sharing one CIDFont (one
 * subset, one set of widths) and one /BaseFont, each with its own ToUnicode map; the first takes
 * every glyph's first text.
 */
final class FontEmbedder {
    /** One Type 0 font of a face: a resource name and the text of each glyph it shows. */
    private static final class Layer {
        final String resourceName;
        /**
         * The text of each glyph id this layer shows, or null: an array grown to the highest id, since
         * every glyph drawn is looked up here (a sorted map took a tenth of a long document's writing).
         */
        private String[] unicode = new String[256];
        private int count;

        Layer(String resourceName) {
            this.resourceName = resourceName;
        }

        /** Gives {@code gid} the text {@code text} unless it has one; returns the one it had, or null. */
        String putIfAbsent(int gid, String text) {
            if (gid >= unicode.length) {
                unicode = java.util.Arrays.copyOf(unicode, Math.max(gid + 1, unicode.length * 2));
            }
            String known = unicode[gid];
            if (known == null) {
                unicode[gid] = text;
                count++;
            }
            return known;
        }
    }

    /** What one document uses of one face. */
    private static final class Usage {
        final String name;
        final List<Layer> layers = new ArrayList<>();
        /** Glyphs used, in any layer. */
        final BitSet seen = new BitSet();

        Usage(String name) {
            this.name = name;
            layers.add(new Layer(name));
        }

        /** The layer whose map gives {@code gid} the text {@code text}, made if no layer can. */
        String layerFor(int gid, String text) {
            Layer first = layers.get(0);
            if (!seen.get(gid)) {
                seen.set(gid);
                first.putIfAbsent(gid, text);
                return first.resourceName;
            }
            for (Layer layer : layers) {
                String known = layer.putIfAbsent(gid, text);
                if (known == null || known.equals(text)) {
                    return layer.resourceName;
                }
            }
            Layer layer = new Layer(name + "_" + (layers.size() + 1));
            layer.putIfAbsent(gid, text);
            layers.add(layer);
            return layer.resourceName;
        }
    }

    private final Map<Face, Usage> usages = new LinkedHashMap<>();

    /** Records glyphs drawn with {@code face} and returns, for each, the font resource to show it with. */
    String[] use(Face face, int[] gids, String[] text) {
        Usage usage = usages.get(face);
        if (usage == null) {
            usage = new Usage("F" + (usages.size() + 1));
            usages.put(face, usage);
        }
        String[] fonts = new String[gids.length];
        for (int i = 0; i < gids.length; i++) {
            fonts[i] = usage.layerFor(gids[i], text[i]);
        }
        return fonts;
    }

    /** The widths the fonts give {@code gids}, in thousandths of an em, as /W writes them. */
    static int[] widths(Face face, int[] gids) {
        int[] widths = new int[gids.length];
        for (int i = 0; i < gids.length; i++) {
            widths[i] = Math.round(face.advance(gids[i]));
        }
        return widths;
    }

    /** Writes every font and returns resource name → font dictionary. */
    Map<String, COSDictionary> finish() throws IOException {
        Map<String, COSDictionary> fonts = new LinkedHashMap<>();
        for (Map.Entry<Face, Usage> entry : usages.entrySet()) {
            Usage usage = entry.getValue();
            COSDictionary cidFont = cidFont(entry.getKey(), usage);
            for (Layer layer : usage.layers) {
                fonts.put(layer.resourceName, type0(cidFont, layer));
            }
        }
        return fonts;
    }

    private COSDictionary cidFont(Face face, Usage usage) throws IOException {
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
        return cidFont;
    }

    private COSDictionary type0(COSDictionary cidFont, Layer layer) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setItem(COSName.BASE_FONT, cidFont.getItem(COSName.BASE_FONT));
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, Streams.flate(toUnicode(layer)));
        return font;
    }

    /** A subset tag of six capitals derived from the glyphs used, so it is the same every run. */
    private static String tag(Usage usage) {
        long hash = 1125899906842597L;
        for (int gid = usage.seen.nextSetBit(0); gid >= 0; gid = usage.seen.nextSetBit(gid + 1)) {
            hash = 31 * hash + gid;
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
        for (int gid = usage.seen.nextSetBit(0); gid >= 0; gid = usage.seen.nextSetBit(gid + 1)) {
            w.add(COSInteger.get(gid));
            COSArray one = new COSArray();
            one.add(COSInteger.get(Math.round(face.advance(gid))));
            w.add(one);
        }
        return w;
    }

    private static byte[] toUnicode(Layer usage) {
        StringBuilder cmap = new StringBuilder();
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        // In glyph order, a hundred to a block (the most a bfchar block may hold).
        int written = 0;
        for (int gid = 0; gid < usage.unicode.length; gid++) {
            String text = usage.unicode[gid];
            if (text == null) {
                continue;
            }
            if (written % 100 == 0) {
                cmap.append(written > 0 ? "endbfchar\n" : "").append(Math.min(100, usage.count - written))
                        .append(" beginbfchar\n");
            }
            Hex.four(cmap.append('<'), gid).append("> <");
            for (char c : text.toCharArray()) {
                Hex.four(cmap, c);
            }
            cmap.append(">\n");
            written++;
        }
        if (written > 0) {
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
