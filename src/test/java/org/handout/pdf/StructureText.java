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
    /**
     * One structure element met on the walk: its type, the text it holds, where that text lies in
     * {@link #spacedText()}, the title (/T) of the section it is in, or null, and its own /Lang, or null.
     */
    public record Element(String type, String text, int start, int end, String section, String lang) {}

    /** The titles of the sections being walked, innermost last. */
    private final java.util.Deque<String> sections = new java.util.ArrayDeque<>();

    /** Elements that stand apart from their neighbours, as a screen reader pauses between them. */
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("Document", "Part", "Art", "Sect", "Div",
            "Aside", "Title", "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "THead",
            "TBody", "TFoot", "TR", "TH", "TD", "Caption", "Figure", "Formula", "Note", "FENote", "BlockQuote", "Code",
            "TOC", "TOCI", "Index", "BibEntry");

    private final Map<COSDictionary, Map<Integer, String>> pageText = new HashMap<>();
    private final List<Element> elements = new ArrayList<>();
    private final StringBuilder spaced = new StringBuilder();

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

    /** The same, with a line break around every block-level element, so that no two blocks' words join. */
    public String spacedText() {
        return spaced.toString();
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
        boolean block = type != null && BLOCKS.contains(type);
        if (block) {
            spaced.append('\n');
        }
        int spacedStart = spaced.length();
        String section = sections.peekLast();
        String title = element.getString(COSName.T);
        boolean titled = title != null;
        if (titled) {
            sections.addLast(title);
        }
        String replacement = element.getString(COSName.ACTUAL_TEXT);
        if (replacement == null && "Figure".equals(type)) {
            replacement = element.getString(COSName.ALT);
        }
        if (replacement != null) {
            out.append(replacement);
            spaced.append(replacement);
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
        if (titled) {
            sections.removeLast();
        }
        if (type != null) {
            elements.add(new Element(type, out.substring(start), spacedStart, spaced.length(), section,
                    element.getString(COSName.LANG)));
        }
        if (block) {
            spaced.append('\n');
        }
    }

    private void kid(COSBase kid, COSDictionary page, StringBuilder out) {
        if (kid instanceof COSInteger mcid) {
            String text = pageText.getOrDefault(page, Map.of()).getOrDefault(mcid.intValue(), "");
            out.append(text);
            spaced.append(text);
        } else if (kid instanceof COSDictionary dict) {
            COSName type = dict.getCOSName(COSName.TYPE);
            if (COSName.MCR.equals(type)) {
                COSDictionary mcrPage = dict.getCOSDictionary(COSName.PG) != null ? dict.getCOSDictionary(COSName.PG) : page;
                String text = pageText.getOrDefault(mcrPage, Map.of()).getOrDefault(dict.getInt(COSName.MCID), "");
                out.append(text);
                spaced.append(text);
            } else if (!COSName.OBJR.equals(type)) {
                walk(dict, page, out);
            }
        }
    }
}
