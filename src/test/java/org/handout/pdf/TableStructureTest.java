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
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Tables in the PDF as in the HTML: an empty header cell stays a TH, named by /Alt for assistive
 * technology; a caption is the Table's first child, a Caption.
 */
class TableStructureTest {

    @Test
    void anEmptyHeaderCellIsANamedTh() throws Exception {
        byte[] pdf = ReadingOrderTest.render(Path.of("fixtures", "tables.md")).pdf();
        List<String> alts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collectThAlts(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), alts);
        }
        assertEquals(List.of("Column 1"), alts);
    }

    @Test
    void captionsAreTheTablesFirstChild() throws Exception {
        Renderer.Result result = ReadingOrderTest.render(Path.of("fixtures", "tables.md"));
        List<String> pdf = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            collectTables(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), pdf);
        }
        List<String> expected = List.of("Caption", "Caption", "THead", "THead");
        assertEquals(expected, pdf, "first child of each Table");
        List<String> captions = StructureText.read(result.pdf()).elements().stream().filter(e -> e.type().equals("Caption"))
                .map(StructureText.Element::text).toList();
        List<String> html = Jsoup.parse(result.html()).select("table > caption:first-child").eachText();
        assertEquals(List.of("Table 1: Your full blood count, with the range that is usual for adults",
                "Tablets to take, by day and time of day"), html);
        assertEquals(html, captions);
    }

    private static void collectTables(COSBase node, List<String> firstKids) {
        if (node instanceof COSObject object) {
            collectTables(object.getObject(), firstKids);
        } else if (node instanceof COSArray array) {
            array.forEach(kid -> collectTables(kid, firstKids));
        } else if (node instanceof COSDictionary element && !COSName.OBJR.equals(element.getCOSName(COSName.TYPE))) {
            if ("Table".equals(element.getNameAsString(COSName.S))) {
                COSBase kids = element.getDictionaryObject(COSName.K);
                COSBase first = kids instanceof COSArray array ? array.getObject(0) : kids;
                firstKids.add(((COSDictionary) first).getNameAsString(COSName.S));
            }
            collectTables(element.getDictionaryObject(COSName.K), firstKids);
        }
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
