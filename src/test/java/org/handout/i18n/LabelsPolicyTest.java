package org.handout.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.cli.Main;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the renderer adds are reviewed translations or English marked as English, and a
 * medical disclaimer is never machine-translated: read back from both outputs.
 */
class LabelsPolicyTest {
    private static final String BODY = "\n## 服用\n\n一日二回。[^1]\n\n[^1]: 食後に。\n";

    @TempDir
    Path dir;

    private static Renderer.Result render(String source) throws RenderFailure {
        return new Renderer(RenderOptions.defaults()).render("ja.md", source.getBytes(StandardCharsets.UTF_8), Path.of("."));
    }

    @Test
    void aLanguageWithoutAReviewedDisclaimerMustBringItsOwn() throws Exception {
        RenderFailure failure = assertThrows(RenderFailure.class, () -> render("---\ntitle: 薬\nlang: ja\n---\n" + BODY));
        assertTrue(failure.getMessage().contains("'ja' (Japanese)") && failure.getMessage().contains("no reviewed medical"
                + " disclaimer"), failure.getMessage());
        Path source = dir.resolve("ja.md");
        Files.writeString(source, "---\ntitle: 薬\nlang: ja\n---\n" + BODY);
        StringWriter err = new StringWriter();
        assertEquals(1, Main.run(new String[] {source.toString(), "-o", dir.resolve("out").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertFalse(Files.exists(dir.resolve("out/ja.pdf")) || Files.exists(dir.resolve("out/ja.html")), err.toString());
    }

    @Test
    void theHandoutsOwnDisclaimerInAnotherLanguageIsMarkedSo() throws Exception {
        Renderer.Result result = render("---\ntitle: 薬\nlang: ja\ndisclaimer:\n  lang: en\n  text: Not medical advice.\n---\n"
                + BODY);
        Element disclaimer = Jsoup.parse(result.html()).getElementById("disclaimer");
        assertEquals("en", disclaimer.attr("lang"));
        assertEquals("Not medical advice.", disclaimer.selectFirst("p").text());
        try (PDDocument pdf = Loader.loadPDF(result.pdf())) {
            COSDictionary aside = find(pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), "Not medical advice.", result);
            assertNotNull(aside);
        }
    }

    @Test
    void englishLabelsAreMarkedEnglishAndTheAuthorsWordsAreNot() throws Exception {
        Renderer.Result result = render("---\ntitle: 薬\nlang: ja\ndisclaimer: 医療上の助言ではありません。\n---\n" + BODY);
        var html = Jsoup.parse(result.html());
        Element notes = html.getElementById("notes-heading");
        assertNotNull(notes.selectFirst("[lang=en]"), notes.outerHtml());
        assertEquals("食後に。", html.select("#footnotes li p").first().ownText().strip());
        assertTrue(html.select("#footnotes li p [lang=en]").text().contains("Back to text"));
        String tagged = langs(result.pdf());
        assertTrue(tagged.contains("en:Notes"), tagged);
        assertTrue(tagged.contains("en:Back to text"), tagged);
        assertFalse(tagged.contains("en:1. 食後"), "the note itself is the author's words, in Japanese: " + tagged);
    }

    @Test
    void theHandoutMayGiveItsOwnWordsForTheLabels() throws Exception {
        Renderer.Result result = render("---\ntitle: 薬\nlang: ja\ndisclaimer: 医療上の助言ではありません。\nlabels:\n"
                + "  notes: 注\n  back: 本文に戻る\n  colour: x\n---\n" + BODY);
        var html = Jsoup.parse(result.html());
        assertEquals("注", html.getElementById("notes-heading").text());
        assertNull(html.getElementById("notes-heading").selectFirst("[lang=en]"));
        assertTrue(html.select("#footnotes li p").text().contains("本文に戻る"));
        String tagged = langs(result.pdf());
        assertFalse(tagged.contains("en:注") || tagged.contains("en:本文に戻る"), tagged);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.line() == 8 && d.message().contains("unknown label 'colour'")),
                result.diagnostics().toString());
    }

    /** Every element with a /Lang, as "lang:text", one a line. */
    private static String langs(byte[] pdf) throws Exception {
        StringBuilder out = new StringBuilder();
        for (var element : org.handout.pdf.StructureText.read(pdf).elements()) {
            if (element.lang() != null) {
                out.append(element.lang()).append(':').append(element.text()).append('\n');
            }
        }
        return out.toString();
    }

    private static COSDictionary find(COSDictionary element, String text, Renderer.Result result) throws Exception {
        String lang = element.getString(COSName.LANG);
        if ("en".equals(lang)) {
            return element;
        }
        if (element.getDictionaryObject(COSName.K) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                COSBase object = kid instanceof COSObject o ? o.getObject() : kid;
                if (object instanceof COSDictionary child && child.getDictionaryObject(COSName.S) != null) {
                    COSDictionary found = find(child, text, result);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
