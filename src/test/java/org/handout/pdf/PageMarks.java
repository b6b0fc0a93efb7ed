package org.handout.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The marked-content sequences of every page, in content-stream order, with their glyphs. */
public final class PageMarks {
    /**
     * One BDC…EMC sequence: its tag (P, H2, Artifact…), text (its /ActualText when it or its
     * structure element has one: right-to-left text, drawn in visual order, has it in the tree
     * only), and glyph positions.
     */
    public record Mark(String tag, String text, List<TextPosition> glyphs) {
        public boolean artifact() {
            return tag.equals("Artifact");
        }
    }

    /** A page: its size and its marks. */
    public record Page(float width, float height, List<Mark> marks) {}

    private PageMarks() {}

    public static List<Page> read(byte[] pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                List<Mark> marks = new ArrayList<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    List<TextPosition> glyphs = new ArrayList<>();
                    StringBuilder text = new StringBuilder();
                    for (Object item : content.getContents()) {
                        if (item instanceof TextPosition position) {
                            glyphs.add(position);
                            text.append(position.getUnicode());
                        }
                    }
                    String actual = content.getActualText() != null ? content.getActualText()
                            : elementActualText(document, page, content.getMCID());
                    marks.add(new Mark(content.getTag(), actual != null ? actual : text.toString(), glyphs));
                }
                pages.add(new Page(page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), marks));
            }
        }
        return pages;
    }

    /** The /ActualText of the structure element that owns marked content {@code mcid} on {@code page}, or null. */
    private static String elementActualText(PDDocument document, PDPage page, int mcid) throws IOException {
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (mcid < 0 || root == null || page.getStructParents() < 0) {
            return null;
        }
        Object value = root.getParentTree().getValue(page.getStructParents());
        Object cos = value instanceof org.apache.pdfbox.pdmodel.common.COSObjectable o ? o.getCOSObject() : value;
        if (cos instanceof org.apache.pdfbox.cos.COSArray kids
                && mcid < kids.size() && kids.getObject(mcid) instanceof org.apache.pdfbox.cos.COSDictionary element) {
            return element.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT);
        }
        return null;
    }
}
