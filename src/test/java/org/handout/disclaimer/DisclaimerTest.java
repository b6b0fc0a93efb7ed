package org.handout.disclaimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSName;
import org.handout.Fixtures;
import org.handout.diagnostics.RenderFailure;
import org.handout.i18n.Byline;
import org.handout.i18n.Labels;
import org.handout.pdf.PageMarks;
import org.handout.pdf.StructureElements;
import org.handout.pdf.StructureText;
import org.handout.pdf.VeraPdf;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The medical disclaimer: first after the title block, on page 1, whole, and never lost. */
class DisclaimerTest {

    private static Renderer.Result render(String markdown, RenderOptions options) throws Exception {
        return new Renderer(options).render("handout.md", markdown.getBytes(StandardCharsets.UTF_8), Path.of("."));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Checks both outputs of one render: HTML in DOM order, PDF in tag order and on page 1. */
    private static void assertDisclaimerFirst(Renderer.Result result, String expectedText) throws Exception {
        String title = result.document().meta().title();
        String heading = result.document().disclaimer().heading();

        org.jsoup.nodes.Document html = Jsoup.parse(result.html());
        Element disclaimer = html.getElementById("disclaimer");
        assertTrue(disclaimer != null, "HTML has #disclaimer");
        Element headingElement = html.getElementById(disclaimer.attr("aria-labelledby"));
        assertTrue(headingElement != null && headingElement.text().equals(heading), "labelled by its visible heading");
        assertTrue(squeeze(disclaimer.text()).contains(squeeze(expectedText)), "HTML disclaimer text");
        Element header = html.selectFirst("body > header");
        Element main = html.selectFirst("main");
        assertEquals(header, main.previousElementSibling(), "main follows the title block");
        assertEquals(disclaimer, main.firstElementChild(), "and opens with the disclaimer, before the body");
        assertEquals("#" + main.id(), html.selectFirst("a.skip").attr("href"), "so the skip link lands on it");

        var meta = result.document().meta();
        String titleBlock = title + (meta.subtitle() == null ? "" : meta.subtitle())
                + Byline.of(meta, Labels.forLanguage(meta.lang()));
        String read = squeeze(StructureText.read(result.pdf()).text());
        assertTrue(read.startsWith(squeeze(titleBlock + heading + expectedText)),
                "PDF reads the disclaimer right after the title block");

        PageMarks.Page first = PageMarks.read(result.pdf()).get(0);
        String pageOne = squeeze(String.join("", first.marks().stream().filter(m -> !m.artifact()).map(PageMarks.Mark::text).toList()));
        assertTrue(pageOne.contains(squeeze(heading + expectedText)), "the whole disclaimer is on page 1");
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCarriesTheDefaultDisclaimerFirst() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            Renderer.Result result = new Renderer(RenderOptions.defaults())
                    .render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
            // A handout in a language with no reviewed disclaimer brings its own (the world-script fixtures do).
            boolean own = result.document().disclaimer().origin() == org.handout.model.Disclaimer.Origin.FRONT_MATTER;
            String expected = own ? org.handout.transform.BlockText.of(result.document().disclaimer().content())
                    : Labels.forLanguage(result.document().meta().lang()).get("disclaimer.text");
            assertTrue(own || Labels.supports(result.document().meta().lang()), "the default disclaimer is a reviewed one");
            assertDisclaimerFirst(result, expected);
        }));
    }

    @Test
    void frontMatterOverridesTheText() throws Exception {
        Renderer.Result result = render("---\ntitle: Override\nlang: en\ndisclaimer: Ask **your own** pharmacist first.\n---\n\nBody.\n",
                RenderOptions.defaults());
        assertDisclaimerFirst(result, "Ask your own pharmacist first.");
    }

    @Test
    void anOrganisationsFileSuppliesTheText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("org-disclaimer.md");
        Files.writeString(file, "Produced by the Example Clinic. Not a substitute for care.\n");
        RenderOptions options = new RenderOptions(RenderOptions.defaults().formats(), "en", false, false, file, null,
                RenderOptions.defaults().pdf(), null);
        assertDisclaimerFirst(render("---\ntitle: From a file\nlang: en\n---\n\nBody.\n", options),
                "Produced by the Example Clinic. Not a substitute for care.");
    }

    @TestFactory
    Stream<DynamicTest> everySupportedLanguageHasALocalizedDefault() {
        return Labels.SUPPORTED.stream().map(lang -> DynamicTest.dynamicTest(lang, () -> {
            Renderer.Result result = render("---\ntitle: Localized\nlang: " + lang + "\n---\n\nBody.\n", RenderOptions.defaults());
            Labels labels = Labels.forLanguage(lang);
            assertEquals(labels.get("disclaimer.heading"), result.document().disclaimer().heading());
            assertDisclaimerFirst(result, labels.get("disclaimer.text"));
            if (!lang.equals("en")) {
                assertFalse(labels.get("disclaimer.text").equals(Labels.forLanguage("en").get("disclaimer.text")));
            }
        }));
    }

    /** Only the region differs: the English default in an en-US or en-GB handout is no change of language. */
    @TestFactory
    Stream<DynamicTest> theDefaultInARegionalEnglishHandoutSwitchesNoLanguage() {
        return Stream.of("en-US", "en-GB").map(lang -> DynamicTest.dynamicTest(lang, () -> {
            Renderer.Result result = render("---\ntitle: Regional\nlang: " + lang + "\n---\n\nBody.\n",
                    RenderOptions.defaults());
            assertEquals(List.of(), structureLanguages(result.pdf()), "Lang entries in the structure tree");
            org.jsoup.nodes.Document html = Jsoup.parse(result.html());
            assertEquals(List.of(lang), html.select("[lang]").eachAttr("lang"), "lang attributes in the page");
        }));
    }

    /** A disclaimer in the document's language under an English heading (no translation): only the heading switches. */
    @Test
    void anUntranslatedHeadingIsMarkedAsEnglish() throws Exception {
        Renderer.Result result = render("---\ntitle: Habari\nlang: sw\ndisclaimer: Hii si ushauri wa kitabibu.\n---\n\nMaandishi.\n",
                RenderOptions.defaults());
        assertEquals(List.of("H2 en"), structureLanguages(result.pdf()));
    }

    /** "TYPE LANG" for every structure element with a /Lang, in tree order. */
    private static List<String> structureLanguages(byte[] pdf) throws Exception {
        return StructureElements.of(pdf).stream().filter(e -> e.getString(COSName.LANG) != null)
                .map(e -> e.getNameAsString(COSName.S) + " " + e.getString(COSName.LANG)).toList();
    }

    @Test
    void aLongTitleBlockStillLeavesTheWholeDisclaimerOnPageOne() throws Exception {
        String title = "A very long title that goes on and on about every aspect of the condition ".repeat(6).strip();
        String markdown = "---\ntitle: " + title + "\nsubtitle: " + "And a subtitle that is long as well ".repeat(5)
                + "\nauthor: [A. Author, B. Author, C. Author, D. Author]\ndate: 2025-03-14\nreviewed: 2025-04-01\n"
                + "reviewer: E. Reviewer\nlang: en\n---\n\nBody.\n";
        assertDisclaimerFirst(render(markdown, RenderOptions.defaults()), Labels.forLanguage("en").get("disclaimer.text"));
    }

    /** Long enough that the title must shrink: the first layout, at full size, is given up and done again. */
    private static final String SHRINKING_TITLE =
            "A very long title that goes on and on about every aspect of the condition ".repeat(12).strip();

    @Test
    void aTitleThatMustShrinkStillLeavesTheWholeDisclaimerOnPageOne() throws Exception {
        String markdown = "---\ntitle: " + SHRINKING_TITLE + "\nlang: en\n---\n\nBody.\n";
        assertShrunkTitleBlockConforms(render(markdown, RenderOptions.defaults()));
    }

    @Test
    void aLongSubtitleShrinksTheTitleBlockAsTheTitleWould() throws Exception {
        // The title alone fits at full size; the subtitle's eighteen lines are what leave the disclaimer no room.
        String title = "A very long title that goes on and on about every aspect of the condition ".repeat(5).strip();
        String markdown = "---\ntitle: " + title + "\nsubtitle: " + "A long subtitle that runs on ".repeat(30).strip()
                + "\nauthor: A. Author\nlang: en\n---\n\nBody.\n";
        assertShrunkTitleBlockConforms(render(markdown, RenderOptions.defaults()));
    }

    /** A title block laid out again at a smaller size: the disclaimer whole on page 1, and the file still PDF/UA and PDF/A. */
    private static void assertShrunkTitleBlockConforms(Renderer.Result result) throws Exception {
        assertDisclaimerFirst(result, Labels.forLanguage("en").get("disclaimer.text"));
        assertEquals(List.of(), VeraPdf.failures(result.pdf(), PDFAFlavour.PDFUA_1), "PDF/UA-1 failures");
        assertEquals(List.of(), VeraPdf.failures(result.pdf(), PDFAFlavour.PDFA_2_A), "PDF/A-2a failures");
    }

    @Test
    void whatTheDisclaimerReportsIsReportedOnceWhenTheTitleMustShrink() throws Exception {
        // A character in no shipped font, in the disclaimer: the layout given up reported it too.
        String markdown = "---\ntitle: " + SHRINKING_TITLE + "\nlang: en\ndisclaimer: \"Not medical advice \uD83E\uDDEC.\"\n"
                + "---\n\nBody.\n";
        List<String> missing = render(markdown, RenderOptions.defaults().withKeepGoing(true)).diagnostics().stream()
                .map(d -> d.format()).filter(m -> m.contains("in no shipped font")).toList();
        assertEquals(1, missing.size(), missing.toString());
    }

    @Test
    void aBlankDisclaimerIsAnError() {
        RenderFailure failure = assertThrows(RenderFailure.class,
                () -> render("---\ntitle: Blank\nlang: en\ndisclaimer: \"   \"\n---\n\nBody.\n", RenderOptions.defaults()));
        String message = failure.diagnostics().get(failure.diagnostics().size() - 1).format();
        assertTrue(failure.getMessage().contains("handout.md:4") && failure.getMessage().contains("disclaimer"), message);
    }

    @Test
    void everyPageFooterRemindsButIsNotReadTwice() throws Exception {
        String body = "A paragraph of text that fills the page. ".repeat(40) + "\n\n";
        Renderer.Result result = render("---\ntitle: Long\nlang: en\n---\n\n" + body.repeat(12), RenderOptions.defaults());
        String reminder = Labels.forLanguage("en").get("disclaimer.reminder");
        List<PageMarks.Page> pages = PageMarks.read(result.pdf());
        assertTrue(pages.size() > 2);
        for (PageMarks.Page page : pages) {
            assertTrue(page.marks().stream().anyMatch(m -> m.artifact() && m.text().contains(reminder)), "footer reminder");
        }
        assertFalse(StructureText.read(result.pdf()).text().contains(reminder), "the reminder is an artifact");
    }
}
