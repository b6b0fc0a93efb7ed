package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A note (or reference entry) called twice has two back-links in both outputs, named alike: one
 * to each call. The PDF gave a note one back-link, whatever its calls.
 */
class BackLinksTest {

    @Test
    void aFootnoteCalledTwiceHasTwoBackLinksInBothOutputs() throws Exception {
        Renderer.Result result = ReadingOrderTest.render(Path.of("fixtures", "footnotes.md"));
        List<String> expected = List.of("Back to text", "Back to text 2", "Back to text");
        assertEquals(expected, htmlBackLinks(result.html()));
        assertEquals(expected, pdfBackLinks(result.pdf()));
    }

    /** A call inside another note counts too, after the body's calls, in both outputs. */
    @Test
    void aCallFromAnotherNoteGetsItsBackLinkToo() throws Exception {
        String md = "---\ntitle: Notes\nlang: en\n---\n\nOne.[^a] Two.[^b]\n\n[^a]: First.\n\n[^b]: Second, see[^a].\n";
        Renderer.Result result = new Renderer(RenderOptions.defaults())
                .render("notes.md", md.getBytes(StandardCharsets.UTF_8), Path.of("."));
        List<String> expected = List.of("Back to text", "Back to text 2", "Back to text");
        assertEquals(expected, htmlBackLinks(result.html()));
        assertEquals(expected, pdfBackLinks(result.pdf()));
        assertEquals(List.of("#fnref-1", "#fnref-1-2"),
                Jsoup.parse(result.html()).select("#fn-1 a[role=doc-backlink]").eachAttr("href"));
    }

    private static List<String> htmlBackLinks(String html) {
        return Jsoup.parse(html).select("a[role=doc-backlink] .visually-hidden").eachText();
    }

    private static List<String> pdfBackLinks(byte[] pdf) throws Exception {
        return StructureText.read(pdf).elements().stream()
                .filter(e -> e.type().equals("Link") && e.text().startsWith("Back to text")).map(StructureText.Element::text)
                .toList();
    }
}
