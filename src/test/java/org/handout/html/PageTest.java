package org.handout.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.handout.browser.Pages;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page structure the writer promises: notes, images, tables, tasks and localized words. */
class PageTest {

    private static Document fixture(String name) throws Exception {
        return Jsoup.parse(Pages.html(Path.of("fixtures", name)));
    }

    private static Document render(String markdown) throws Exception {
        return Jsoup.parse(new Renderer(RenderOptions.defaults())
                .render("test.md", markdown.getBytes(StandardCharsets.UTF_8), Path.of(".")).html());
    }

    @Test
    void footnoteCallsHaveUniqueIdsAndEveryOneHasABackLink() throws Exception {
        Document page = fixture("footnotes.md");
        List<String> calls = page.select("a[role=doc-noteref]").eachAttr("id");
        assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-2"), calls);
        Element notes = page.selectFirst("section[role=doc-endnotes]");
        assertEquals("Notes", notes.selectFirst("h2").text());
        assertEquals(List.of("#fnref-1", "#fnref-1-2"), notes.select("#fn-1 a[role=doc-backlink]").eachAttr("href"));
        assertEquals("Back to text", notes.selectFirst("a[role=doc-backlink] .visually-hidden").text());
    }

    @Test
    void imagesAreEmbeddedAndDecorativeOnesHaveEmptyAlt() throws Exception {
        Document page = fixture("images.md");
        for (Element img : page.select("img")) {
            assertTrue(img.attr("src").startsWith("data:image/png;base64,"), img.attr("src"));
        }
        assertTrue(page.selectFirst("figure img").attr("alt").startsWith("Diagram of two hands"));
        assertEquals(1, page.select("img[alt=\"\"]").size());
        assertFalse(page.select("img[alt=\"\"]").parents().is("figure"));
    }

    @Test
    void tablesScrollInsideANamedFocusableGroupThatIsNoLandmark() throws Exception {
        Document page = fixture("tables.md");
        for (Element region : page.select("div.table-wrap")) {
            assertEquals("group", region.attr("role"));
            assertEquals("0", region.attr("tabindex"));
            for (String id : region.attr("aria-labelledby").split(" ")) {
                assertTrue(page.getElementById(id) != null, "dangling aria-labelledby " + id);
            }
        }
        assertTrue(page.select("th").stream().allMatch(th -> th.attr("scope").equals("col")));
    }

    /** An empty header cell stays a header, named for assistive technology (axe: empty-table-header). */
    @Test
    void anEmptyHeaderCellIsANamedHeader() throws Exception {
        Element corner = fixture("tables.md").select("th").stream().filter(th -> th.ownText().isEmpty()).findFirst()
                .orElseThrow();
        assertEquals("Column 1", corner.selectFirst(".visually-hidden").text());
        assertEquals("col", corner.attr("scope"));
    }

    @Test
    void taskCheckboxesAreDisabledAndLabelled() throws Exception {
        Document page = render("---\ntitle: Tasks\nlang: en\n---\n\n- [x] Book the appointment\n- [ ] Bring the list\n");
        List<Element> boxes = page.select("input[type=checkbox]");
        assertEquals(2, boxes.size());
        for (Element box : boxes) {
            assertTrue(box.hasAttr("disabled"));
            assertEquals("label", box.parent().tagName());
        }
        assertTrue(boxes.get(0).hasAttr("checked"));
    }

    @Test
    void missingImageIsShownAsItsTextWithoutARequest() throws Exception {
        Document page = render("---\ntitle: Images\nlang: en\n---\n\n![Diagram of the ear](file:///ear.png)\n");
        assertTrue(page.select("img").isEmpty());
        assertTrue(page.selectFirst("main").text().contains("Diagram of the ear"));
    }

    @Test
    void untranslatedLanguageMarksTheEnglishWords() throws Exception {
        Document page = render("---\ntitle: Habari\nlang: sw\ndisclaimer:\n  lang: en\n  text: Not medical advice.\n---\n\nMaandishi.\n");
        assertEquals("sw", page.selectFirst("html").attr("lang"));
        assertEquals("en", page.selectFirst("a.skip span").attr("lang"));
        assertEquals("en", page.getElementById("disclaimer").attr("lang"));
    }

    /** script-src names the page's own JSON-LD block by its hash and nothing else: no console error, no script. */
    @Test
    void thePolicyAllowsTheDataBlockByItsHashAndNoScript() throws Exception {
        Document page = fixture("magnesium-treatment-for-depression.md");
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        byte[] data = page.selectFirst("script[type=application/ld+json]").data().getBytes(StandardCharsets.UTF_8);
        String hash = java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(data));
        List<String> directives = List.of(policy.split(";\\s*"));
        assertTrue(directives.contains("default-src 'none'"), policy);
        assertTrue(directives.contains("script-src 'sha256-" + hash + "'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    /** style-src names the page's style sheet by the hash the build wrote: a stale one would leave the page unstyled. */
    @Test
    void thePolicyAllowsTheStyleSheetByItsHash() throws Exception {
        Document page = fixture("magnesium-treatment-for-depression.md");
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        byte[] css = page.selectFirst("style").data().getBytes(StandardCharsets.UTF_8);
        String hash = java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(css));
        assertTrue(List.of(policy.split(";\\s*")).contains("style-src 'sha256-" + hash + "'"), policy);
    }

    @Test
    void rightToLeftLanguageSetsTheDirection() throws Exception {
        Document page = render("---\ntitle: مرحبا\nlang: ar\n---\n\nنص.\n");
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
    }
}
