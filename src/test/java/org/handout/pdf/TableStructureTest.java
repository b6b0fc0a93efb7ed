package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
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
        List<String> alts = StructureElements.of(pdf).stream()
                .filter(e -> "TH".equals(e.getNameAsString(COSName.S)) && e.getString(COSName.ALT) != null)
                .map(e -> e.getString(COSName.ALT)).toList();
        assertEquals(List.of("Column 1"), alts);
    }

    @Test
    void captionsAreTheTablesFirstChild() throws Exception {
        Renderer.Result result = ReadingOrderTest.render(Path.of("fixtures", "tables.md"));
        List<String> pdf = StructureElements.of(result.pdf()).stream()
                .filter(e -> "Table".equals(e.getNameAsString(COSName.S)))
                .map(e -> StructureElements.kids(e).get(0).getNameAsString(COSName.S)).toList();
        assertEquals(List.of("Caption", "Caption", "THead", "THead"), pdf, "first child of each Table");
        List<String> captions = StructureText.read(result.pdf()).elements().stream().filter(e -> e.type().equals("Caption"))
                .map(StructureText.Element::text).toList();
        List<String> html = Jsoup.parse(result.html()).select("table > caption:first-child").eachText();
        assertEquals(List.of("Table 1: Your full blood count, with the range that is usual for adults",
                "Tablets to take, by day and time of day"), html);
        assertEquals(html, captions);
    }
}
