package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Header cells in the PDF: an empty one stays a TH, named by /Alt for assistive technology, as in the HTML. */
class TableHeadersTest {

    @Test
    void anEmptyHeaderCellIsANamedTh() throws Exception {
        byte[] pdf = ReadingOrderTest.render(Path.of("fixtures", "tables.md")).pdf();
        List<String> alts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collectThAlts(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), alts);
        }
        assertEquals(List.of("Column 1"), alts);
    }

    private static void collectThAlts(COSBase node, List<String> alts) {
        if (node instanceof COSObject object) {
            collectThAlts(object.getObject(), alts);
        } else if (node instanceof COSArray array) {
            array.forEach(kid -> collectThAlts(kid, alts));
        } else if (node instanceof COSDictionary element && !COSName.OBJR.equals(element.getCOSName(COSName.TYPE))) {
            if ("TH".equals(element.getNameAsString(COSName.S)) && element.getString(COSName.ALT) != null) {
                alts.add(element.getString(COSName.ALT));
            }
            collectThAlts(element.getDictionaryObject(COSName.K), alts);
        }
    }
}
