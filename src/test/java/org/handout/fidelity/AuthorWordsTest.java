package org.handout.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.RenderFailure;
import org.handout.pdf.StructureText;
import org.handout.render.Limits;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects of issue #13, one test each: what the author wrote reaches both outputs, read back by
 * PDFBox (the structure tree, the annotations, the outline) and by jsoup (the HTML), never by our model.
 */
class AuthorWordsTest {
    @TempDir
    Path dir;

    private Renderer.Result render(String markdown) throws IOException, RenderFailure {
        return render(RenderOptions.defaults(), markdown, dir);
    }

    private Renderer.Result render(RenderOptions options, String markdown, Path folder) throws IOException, RenderFailure {
        Path source = folder.resolve("handout.md");
        Files.createDirectories(folder);
        Files.writeString(source, markdown);
        return new Renderer(options, Limits.defaults()).render(source.toString(),
                markdown.getBytes(StandardCharsets.UTF_8), folder);
    }

    private static String tagText(Renderer.Result result) throws IOException {
        return StructureText.read(result.pdf()).text();
    }

    private static Element html(Renderer.Result result) {
        return Jsoup.parse(result.html()).body();
    }

    private static boolean warned(Renderer.Result result, String fragment) {
        return result.diagnostics().stream().anyMatch(d -> d.message().contains(fragment));
    }

    private static List<PDAnnotationLink> links(byte[] pdf) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        links.add(link);
                    }
                }
            }
            // Read what is needed while the document is open.
            links.forEach(l -> {
                l.getContents();
                l.getAction();
            });
        }
        return links;
    }

    @Test
    void aDisclaimerListReachesThePdfAndTheHtml() throws Exception {
        Renderer.Result result = render("---\ntitle: Medicines\nlang: en\ndisclaimer: \"Read this first:\\n\\n"
                + "- Not medical advice.\\n- Call 911 in an emergency.\"\n---\n\nBody.\n");
        String read = tagText(result);
        assertTrue(read.contains("Not medical advice.") && read.contains("Call 911 in an emergency."), read);
        assertEquals(List.of("Not medical advice.", "Call 911 in an emergency."),
                html(result).select("#disclaimer li").eachText());
        var disclaimer = StructureText.read(result.pdf()).elements().stream()
                .filter(e -> e.type().equals("Sect") && e.text().startsWith("Medical disclaimer")).findFirst();
        assertTrue(disclaimer.isPresent() && disclaimer.get().text().contains("Call 911"), "the list is inside the disclaimer");
    }

    @Test
    void junkHtmlInTheDisclaimerIsRemovedAndItsTextKept() throws Exception {
        Renderer.Result result = render("---\ntitle: CMS export\nlang: en\ndisclaimer: \"<script>track()</script>"
                + " Talk to your doctor before changing any medicine.\"\n---\n\nBody.\n");
        assertTrue(tagText(result).contains("Talk to your doctor before changing any medicine."));
        assertTrue(html(result).select("#disclaimer").text().contains("Talk to your doctor"));
        assertTrue(html(result).select("script").isEmpty());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.line() == 4 && d.message().contains("<script>")),
                result.diagnostics().toString());
    }

    @Test
    void aDisclaimerWithNoWordsLeftIsAnError() {
        RenderFailure failure = org.junit.jupiter.api.Assertions.assertThrows(RenderFailure.class,
                () -> render("---\ntitle: T\nlang: en\ndisclaimer: \"<script>track()</script>\"\n---\n\nBody.\n"));
        assertTrue(failure.diagnostics().stream().anyMatch(d -> d.line() == 4 && d.message().contains("no text")),
                failure.diagnostics().toString());
    }

    @Test
    void aLinkWithNoTextShowsItsAddress() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\nReport errors to [](https://www.ismp.org/).\n");
        assertTrue(warned(result, "has no text"));
        assertEquals("https://www.ismp.org/", html(result).select("main a").text());
        assertTrue(tagText(result).contains("https://www.ismp.org/"));
        List<PDAnnotationLink> links = links(result.pdf());
        assertEquals(1, links.size());
        assertEquals("https://www.ismp.org/", ((PDActionURI) links.get(0).getAction()).getURI());
        assertNotNull(links.get(0).getContents());
    }

    @Test
    void aRelativeLinkToAMissingFileWarnsAndIsTextInThePdf() throws Exception {
        Files.writeString(dir.resolve("present.pdf"), "x");
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\nSee [the medicine list](forms/medicine-list.md)"
                + " and [the leaflet](present.pdf).\n");
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.line() == 6 && d.message().contains("forms/medicine-list.md")),
                result.diagnostics().toString());
        assertFalse(warned(result, "present.pdf"));
        List<String> targets = new ArrayList<>();
        for (PDAnnotationLink link : links(result.pdf())) {
            targets.add(((PDActionURI) link.getAction()).getURI());
        }
        assertEquals(List.of("present.pdf"), targets);
        assertTrue(tagText(result).contains("the medicine list"));
    }

    @Test
    void aFragmentLinkWithoutTargetWarns() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\n## Dosage\n\nSee [dosage](#dosage) and"
                + " [storage](#storage).\n");
        assertTrue(warned(result, "'#storage' goes nowhere"));
        assertFalse(warned(result, "'#dosage'"));
    }

    /** A fragment link to a heading in any script is a working link in the PDF too, not dropped. */
    @Test
    void fragmentLinksToHeadingsInAnyScriptWorkInThePdf() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Liều dùng", java.text.Normalizer.Form.NFD);
        Renderer.Result result = render("---\ntitle: T\nlang: vi\ndisclaimer: Không phải lời khuyên y tế.\n---\n\n"
                + "## " + decomposed + "\n\nHai lần mỗi ngày.\n\n[Xem liều dùng](#li%E1%BB%81u-d%C3%B9ng)\n");
        assertFalse(warned(result, "goes nowhere"), result.diagnostics().toString());
        List<PDAnnotationLink> links = links(result.pdf());
        assertEquals(1, links.size());
        assertTrue(links.get(0).getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo);
    }

    @Test
    void rawHtmlKeepsItsLanguageAndDirection() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\n<p dir=\"rtl\" lang=\"he\">שלום לכולם.</p>\n");
        Element p = html(result).selectFirst("main p[lang=he][dir=rtl]");
        assertNotNull(p, result.html());
        assertEquals("שלום לכולם.", p.text());
        var paragraph = StructureText.read(result.pdf()).elements().stream().filter(e -> e.text().contains("שלום"))
                .findFirst();
        assertTrue(paragraph.isPresent());
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            assertTrue(langs(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject()).contains("he"),
                    "the paragraph has /Lang he");
        }
    }

    private static List<String> langs(org.apache.pdfbox.cos.COSDictionary element) {
        List<String> out = new ArrayList<>();
        String lang = element.getString(org.apache.pdfbox.cos.COSName.LANG);
        if (lang != null) {
            out.add(lang);
        }
        if (element.getDictionaryObject(org.apache.pdfbox.cos.COSName.K) instanceof org.apache.pdfbox.cos.COSArray kids) {
            for (var kid : kids) {
                var object = kid instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : kid;
                if (object instanceof org.apache.pdfbox.cos.COSDictionary child
                        && child.getDictionaryObject(org.apache.pdfbox.cos.COSName.S) != null) {
                    out.addAll(langs(child));
                }
            }
        }
        return out;
    }

    @Test
    void aRawImageKeepsItsAltTextAsVisibleText() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\nWash for <img src=\"clock.png\""
                + " alt=\"20 seconds\"> every time.\n\n<img src=\"chart.png\" alt=\"Chart of weekly doses\">\n");
        assertTrue(tagText(result).contains("[20 seconds]") && tagText(result).contains("[Chart of weekly doses]"));
        assertTrue(html(result).text().contains("[20 seconds]") && html(result).text().contains("[Chart of weekly doses]"));
        assertTrue(warned(result, "alt text '20 seconds' is shown"));
    }

    @Test
    void aFirstHeadingThatRepeatsTheTitleIsSaidOnce() throws Exception {
        Renderer.Result result = render("---\ntitle: Heart Failure Medicines\nlang: en\n---\n\n# Heart failure medicines\n\n"
                + "Text about [the title](#heart-failure-medicines).\n\n## Dosage\n\nMore.\n");
        assertEquals(1, html(result).select("h1").size());
        String read = tagText(result);
        assertEquals(read.indexOf("Heart Failure Medicines"), read.lastIndexOf("Heart Failure Medicines"), read);
        assertFalse(read.toLowerCase().replaceFirst("heart failure medicines", "").contains("heart failure medicines"));
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            assertEquals(List.of("Heart Failure Medicines", "Medical disclaimer", "Dosage"), bookmarks(document));
        }
        assertEquals("#title", html(result).select("main a").attr("href"));
        assertFalse(warned(result, "goes nowhere"));
    }

    @Test
    void raisedHeadingsKeepTheirSiblings() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\n## Medicines\n\n#### Morning\n\nA.\n\n#### Evening\n\nB.\n");
        assertEquals(List.of("h2", "h3", "h3"), html(result).select("main h2:not(#disclaimer-heading), main h3, main h4").stream()
                .map(Element::normalName).toList());
    }

    @Test
    void imagesResolveAgainstThePageAndMayLieAnywhereInTheResourceRoot() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("images"));
        Files.copy(Path.of("fixtures/images/handwashing.png"), site.resolve("images/chart.png"));
        String markdown = "---\ntitle: T\nlang: en\n---\n\n![Weekly chart](../images/chart.png)\n";
        RenderOptions rooted = new RenderOptions(RenderOptions.defaults().formats(), "en", false, false, null, site,
                RenderOptions.defaults().pdf(), null);
        Renderer.Result result = render(rooted, markdown, site.resolve("pages"));
        assertEquals(1, result.document().images().size());
        assertTrue(html(result).selectFirst("img[alt=Weekly chart]").attr("src").startsWith("data:image/png"));
        RenderFailure outside = org.junit.jupiter.api.Assertions.assertThrows(RenderFailure.class,
                () -> render(RenderOptions.defaults(), markdown, site.resolve("pages")));
        assertTrue(outside.getMessage().contains("outside the resource folder"), outside.getMessage());
    }

    @Test
    void frontMatterIsReadAsLenientlyAsPandocReadsIt() throws Exception {
        Renderer.Result spaces = render("--- \ntitle: Spaces after the dashes\nlang: en\n---\n\nBody.\n");
        assertEquals("Spaces after the dashes", spaces.document().meta().title());
        Renderer.Result tabs = render("---\ntitle:\tTabbed title\t\nlang:\ten\n---\n\nBody.\n");
        assertEquals("Tabbed title", tabs.document().meta().title());
        assertEquals("en", tabs.document().meta().lang());
    }

    @Test
    void withoutATitleTheFirstHeadingOfAnyLevelIsIt() throws Exception {
        Renderer.Result result = render("Intro.\n\n## Data types\n\nText.\n\n## Scalars\n\nMore.\n");
        assertEquals("Data types", result.document().meta().title());
        assertEquals(List.of("Scalars"), html(result).select("main h2:not(#disclaimer-heading)").eachText());
    }

    @Test
    void aTableWhoseDelimiterRowDoesNotMatchIsAParagraph() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\n---\n\n| Dose | Time |\n| --- |\n| 5 mg | night |\n");
        assertTrue(html(result).select("table").isEmpty());
        for (String word : List.of("Dose", "Time", "5 mg", "night")) {
            assertTrue(html(result).select("main").text().contains(word), word);
            assertTrue(tagText(result).contains(word), word);
        }
    }

    @Test
    void persianTextIsNotTaggedArabic() throws Exception {
        Renderer.Result persian = render("---\ntitle: فشار خون\nlang: fa\ndisclaimer: این راهنما جایگزین مشاوره پزشکی نیست.\n"
                + "---\n\nفشار خون بالا را جدی بگیرید.\n");
        assertTrue(Jsoup.parse(persian.html()).select("main [lang=ar]").isEmpty(), persian.html());
        try (PDDocument document = Loader.loadPDF(persian.pdf())) {
            assertFalse(langs(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject()).contains("ar"));
        }
        Renderer.Result english = render("---\ntitle: T\nlang: en\n---\n\nSay مرحبا to the pharmacist.\n");
        assertNotNull(Jsoup.parse(english.html()).selectFirst("main span[lang=ar]"));
    }

    @Test
    void bookmarksAndTitlesCarryNoSoftHyphens() throws Exception {
        Renderer.Result result = render("---\ntitle: Vollkorn\u00ADprodukte\nlang: de\n---\n\n## Ernährungs\u00ADberatung\n\nText.\n");
        try (PDDocument document = Loader.loadPDF(result.pdf())) {
            assertEquals(List.of("Vollkornprodukte", "Medizinischer Hinweis", "Ernährungsberatung"), bookmarks(document));
            assertEquals("Vollkornprodukte", document.getDocumentInformation().getTitle());
        }
        assertEquals("Vollkornprodukte", Jsoup.parse(result.html()).title());
    }

    @Test
    void codeSpansNeverCite() throws Exception {
        Renderer.Result result = render("---\ntitle: T\nlang: en\nreferences:\n- id: jones\n  type: book\n"
                + "  title: A Book\n  issued: 2020\n---\n\nWrite `[@jones]` to cite.\n");
        assertNull(html(result).selectFirst("a[role=doc-biblioref]"), result.html());
        assertTrue(html(result).select("[role=doc-bibliography]").isEmpty(), "an uncited reference is not listed");
        assertTrue(html(result).select("main code").text().contains("[@jones]"));
    }

    /** Every bookmark's title, depth first. */
    private static List<String> bookmarks(PDDocument document) {
        List<String> titles = new ArrayList<>();
        walk(document.getDocumentCatalog().getDocumentOutline(), titles);
        return titles;
    }

    private static void walk(org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode node,
            List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            walk(item, titles);
        }
    }

    static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
