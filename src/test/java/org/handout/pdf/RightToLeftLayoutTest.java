package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;

/**
 * A handout in a right-to-left language is laid out right to left, read back from the PDF: list
 * markers at the right of their text, tables at the right margin with their first column rightmost,
 * the quote's rule at the right, the renderer's own heading at the right, the footer mirrored.
 */
class RightToLeftLayoutTest {
    private static final String SOURCE = "---\ntitle: فشار خون بالا\nlang: fa\ndisclaimer: این راهنما جایگزین مشاوره پزشکی نیست.\n"
            + "---\n\n## داروها\n\n- صبح یک قرص\n- شب یک قرص\n\n| دارو | مقدار |\n| --- | --- |\n| لوزارتان | ۵۰ میلی‌گرم |\n\n"
            + "> کمتر نمک بخورید.\n";

    private static List<PageMarks.Page> pages() throws Exception {
        byte[] pdf = new Renderer(RenderOptions.defaults()).render("fa.md", SOURCE.getBytes(StandardCharsets.UTF_8),
                Path.of(".")).pdf();
        return PageMarks.read(pdf);
    }

    private static float left(PageMarks.Mark mark) {
        return (float) mark.glyphs().stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
    }

    private static float right(PageMarks.Mark mark) {
        return (float) mark.glyphs().stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
    }

    /** The marked content that holds {@code text}: right-to-left runs are Spans inside their element. */
    private static PageMarks.Mark find(PageMarks.Page page, String text) {
        return page.marks().stream().filter(m -> !m.artifact() && m.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no text '" + text + "'"));
    }

    @Test
    void listMarkersStandAtTheRightOfTheirText() throws Exception {
        PageMarks.Page page = pages().get(0);
        PageMarks.Mark label = page.marks().stream().filter(m -> m.tag().equals("Lbl")).findFirst().orElseThrow();
        PageMarks.Mark item = find(page, "صبح یک قرص");
        assertTrue(left(label) > right(item), "the bullet is right of its item: " + left(label) + " vs " + right(item));
    }

    @Test
    void tablesStandAtTheRightWithTheirFirstColumnRightmost() throws Exception {
        PageMarks.Page page = pages().get(0);
        PageMarks.Mark first = find(page, "دارو");
        PageMarks.Mark second = find(page, "مقدار");
        assertTrue(left(first) > right(second), "the first column is the rightmost");
        float margin = page.width() - 20 * 72 / 25.4f;
        assertTrue(margin - right(first) < 12, "the table stands at the right margin: " + right(first) + " of " + margin);
    }

    @Test
    void theRenderersOwnHeadingAndTheFooterFollowTheDocument() throws Exception {
        PageMarks.Page page = pages().get(0);
        float margin = page.width() - 20 * 72 / 25.4f;
        PageMarks.Mark heading = find(page, "Medical disclaimer");
        assertTrue(margin - right(heading) < 30, "the disclaimer's heading stands at the right: " + right(heading));
        PageMarks.Mark pageNumber = page.marks().stream().filter(m -> m.artifact() && m.text().contains("Page 1 of 1"))
                .findFirst().orElseThrow();
        assertTrue(left(pageNumber) < page.width() / 2, "the page number is at the left, the title at the right");
    }
}
