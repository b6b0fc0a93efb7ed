package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;

/** The outline mirrors the headings, nested by level, and each bookmark points at its heading element. */
class OutlineTest {

    @Test
    void bookmarksMirrorTheHeadingsAndPointAtTheirElements() throws Exception {
        byte[] pdf = ReadingOrderTest.render(Path.of("fixtures", "headings.md")).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> found = new ArrayList<>();
            walk(document.getDocumentCatalog().getDocumentOutline(), 0, found);
            assertEquals(List.of(
                    "0 Heading Levels H1",
                    "1 Medical disclaimer H2",
                    "0 A first-level heading in the body H1",
                    "1 Second level H2",
                    "2 Third level H3",
                    "3 Fourth level H4",
                    "4 Fifth level H5",
                    "5 Sixth level H6",
                    "1 Another second level H2"), found);
        }
    }

    private static void walk(PDOutlineNode node, int depth, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            COSDictionary element = item.getCOSObject().getCOSDictionary(COSName.getPDFName("SE"));
            assertNotNull(element, "bookmark '" + item.getTitle() + "' points at a structure element");
            out.add(depth + " " + item.getTitle() + " " + element.getCOSName(COSName.S).getName());
            walk(item, depth + 1, out);
        }
    }
}
