package org.handout.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF the way a screen reader does: the structure tree in order, each element's
 * marked content by MCID, /ActualText and /Alt in place of what they replace. Artifacts are
 * never read.
 */
public final class StructureText {
    /** One structure element met on the walk: its type and the text it holds. */
    public record Element(String type, String text) {}

    private final Map<COSDictionary, Map<Integer, String>> pageText = new HashMap<>();
    private final List<Element> elements = new ArrayList<>();

    private StructureText() {}

    public static StructureText read(byte[] pdf) throws IOException {
        StructureText reader = new StructureText();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                reader.pageText.put(page.getCOSObject(), textByMcid(page));
            }
            COSDictionary root = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            StringBuilder all = new StringBuilder();
            reader.walk(root, null, all);
            reader.text = all.toString();
        }
        return reader;
    }

    private String text;

    /** Everything a screen reader would read, in order. */
    public String text() {
        return text;
    }

    /** Every element in tree order, with the text under it. */
    public List<Element> elements() {
        return elements;
    }

    private static Map<Integer, String> textByMcid(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (content.getMCID() >= 0) {
                byMcid.merge(content.getMCID(), text(content), String::concat);
            }
        }
        return byMcid;
    }

    private static String text(PDMarkedContent content) {
        StringBuilder out = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                out.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                out.append(text(nested));
            }
        }
        return out.toString();
    }

    private void walk(COSDictionary element, COSDictionary page, StringBuilder out) {
        COSDictionary ownPage = element.getCOSDictionary(COSName.PG) != null ? element.getCOSDictionary(COSName.PG) : page;
        String type = element.getCOSName(COSName.S) == null ? null : element.getCOSName(COSName.S).getName();
        int start = out.length();
        String replacement = element.getString(COSName.ACTUAL_TEXT);
        if (replacement == null && "Figure".equals(type)) {
            replacement = element.getString(COSName.ALT);
        }
        if (replacement != null) {
            out.append(replacement);
        } else {
            COSBase kids = element.getDictionaryObject(COSName.K);
            if (kids instanceof COSArray array) {
                for (COSBase kid : array) {
                    kid(kid instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : kid, ownPage, out);
                }
            } else if (kids != null) {
                kid(kids, ownPage, out);
            }
        }
        if (type != null) {
            elements.add(new Element(type, out.substring(start)));
        }
    }

    private void kid(COSBase kid, COSDictionary page, StringBuilder out) {
        if (kid instanceof COSInteger mcid) {
            out.append(pageText.getOrDefault(page, Map.of()).getOrDefault(mcid.intValue(), ""));
        } else if (kid instanceof COSDictionary dict) {
            COSName type = dict.getCOSName(COSName.TYPE);
            if (COSName.MCR.equals(type)) {
                COSDictionary mcrPage = dict.getCOSDictionary(COSName.PG) != null ? dict.getCOSDictionary(COSName.PG) : page;
                out.append(pageText.getOrDefault(mcrPage, Map.of()).getOrDefault(dict.getInt(COSName.MCID), ""));
            } else if (!COSName.OBJR.equals(type)) {
                walk(dict, page, out);
            }
        }
    }
}
