package org.handout.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** Front-matter text is text everywhere it appears: title, heading, meta elements and JSON-LD. */
class FrontMatterEscapingTest {
    private static final String TITLE = "Hand Hygiene & Infection Control <Staff Edition></title><script>alert(1)</script>";
    private static final String DESCRIPTION = "Says \"hi\" </script><!-- & <b>more</b>";
    private static final String AUTHOR = "Dr <img src=x onerror=alert(1)> Smith";
    private static Document page;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        String source = "---\n"
                + "title: " + new Json().toJson(TITLE) + "\n"
                + "description: " + new Json().toJson(DESCRIPTION) + "\n"
                + "author: " + new Json().toJson(AUTHOR) + "\n"
                + "date: \"2025-03-01 </script>\"\n"
                + "reviewed: 2026-01-15\n"
                + "lang: en\n"
                + "---\n\nBody text.\n";
        html = new Renderer(RenderOptions.defaults())
                .render("escaping.md", source.getBytes(StandardCharsets.UTF_8), Path.of("."))
                .html();
        page = Jsoup.parse(html);
    }

    @Test
    void titleAndHeadingShowTheTextExactly() {
        assertEquals(TITLE, page.title());
        assertEquals(TITLE, page.selectFirst("header h1").text());
        assertEquals(1, page.select("title").size());
    }

    @Test
    void metaElementsHoldTheTextExactly() {
        assertEquals(DESCRIPTION, page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(AUTHOR, page.selectFirst("meta[name=author]").attr("content"));
        assertTrue(page.select("img, b").isEmpty(), "markup from front matter became elements");
    }

    @Test
    void jsonLdCannotBeBrokenOutOf() {
        assertEquals(1, page.select("script").size(), "front matter made a script element");
        Element script = page.selectFirst("script[type=application/ld+json]");
        String json = script.data();
        assertFalse(json.contains("</") || json.contains("<!--"), json);
        Map<String, Object> data = new Json().toType(json, Json.MAP_TYPE);
        assertEquals("MedicalWebPage", data.get("@type"));
        assertEquals(TITLE, data.get("name"));
        assertEquals(DESCRIPTION, data.get("description"));
        assertEquals("en", data.get("inLanguage"));
        assertEquals("2025-03-01 </script>", data.get("datePublished"));
        assertEquals("2026-01-15", data.get("lastReviewed"));
    }

    @Test
    void disclaimerComesRightAfterTheTitleBlock() {
        Element header = page.selectFirst("body > header");
        Element main = header.nextElementSibling();
        assertEquals("main", main.tagName());
        Element disclaimer = main.firstElementChild();
        assertEquals("disclaimer", disclaimer.id());
        assertEquals("disclaimer-heading", disclaimer.attr("aria-labelledby"));
        assertEquals("Medical disclaimer", page.getElementById("disclaimer-heading").text());
    }
}
