package org.handout.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.handout.Fixtures;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Each fixture's PDF, as pdf.js (the engine of Firefox's PDF viewer) exposes it, and its HTML, as
 * Chromium's accessibility tree exposes it, give a screen-reader user the same document: the same
 * heading outline, the same words in the same order, the same link names, figure alternatives and
 * table header cells, the disclaimer with the same words right after the title block, the same
 * title and language. Both PDF/UA parts are read.
 *
 * <p>Deliberate differences, left out of the comparison:
 * <ul>
 * <li>the HTML's skip link and footer (contentinfo) and the PDF's page footers (pagination
 * artifacts, which pdf.js does not expose): page furniture, not the document;</li>
 * <li>list markers and task boxes ("•", "☐", "1." against "1. "): words are runs of letters,
 * digits and marks, so bullets and punctuation between elements do not count;</li>
 * <li>pdf.js builds one structure tree per page: a paragraph, list or table crossing a page break
 * is two of them, and a table's header row on a continuation page is an empty placeholder, which
 * is not counted as a second table;</li>
 * <li>pdf.js normalises text (NFKC: µ reads μ), so both sides are compared after NFKC;</li>
 * <li>a closed {@code <details>} (raw HTML in a source) hides its content until it is opened,
 * where the PDF shows it: the page is read with every one opened, as a reader would.</li>
 * </ul>
 */
class PdfHtmlComparisonTest {
    private static final Map<String, Conformance> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("PDF/UA-1", Conformance.UA1_A2A);
        PARTS.put("PDF/UA-2", Conformance.UA2_A4);
    }

    @TempDir
    static Path dir;
    private static ChromeDriver driver;
    /** Per fixture: the HTML's view, then each PDF/UA part's, in the order of {@link #PARTS}. */
    private static final Map<Path, Read> READS = new LinkedHashMap<>();

    private record Read(String title, String lang, String disclaimerHeading, ReaderView html, List<PdfJs.Reading> pdfs,
            List<ReaderView> pdfViews) {}

    @BeforeAll
    static void readEveryFixture() throws Exception {
        driver = Browser.start();
        List<Path> pdfs = new ArrayList<>();
        Map<Path, Renderer.Result> htmls = new LinkedHashMap<>();
        for (Path fixture : Fixtures.all().toList()) {
            String name = fixture.getFileName().toString().replace(".md", "");
            for (Map.Entry<String, Conformance> part : PARTS.entrySet()) {
                RenderOptions options = RenderOptions.defaults()
                        .withPdf(RenderOptions.defaults().pdf().withConformance(part.getValue(), false));
                Renderer.Result result = new Renderer(options)
                        .render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
                Path pdf = dir.resolve(name + "-" + part.getValue() + ".pdf");
                Files.write(pdf, result.pdf());
                pdfs.add(pdf);
                htmls.putIfAbsent(fixture, result);
            }
        }
        List<PdfJs.Reading> readings = PdfJs.read(pdfs);
        int next = 0;
        for (Map.Entry<Path, Renderer.Result> entry : htmls.entrySet()) {
            Renderer.Result result = entry.getValue();
            String heading = result.document().disclaimer().heading();
            driver.get(Browser.file(entry.getKey().getFileName().toString(), result.html()));
            driver.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
            String skip = (String) driver.executeScript("return document.querySelector('a.skip').textContent");
            Predicate<AxTree.Node> chrome = n -> n.role().equals("contentinfo")
                    || n.role().equals("link") && n.name().equals(skip);
            ReaderView html = ReaderView.of(AxTree.of(driver), chrome, heading);
            List<PdfJs.Reading> pdfReadings = readings.subList(next, next + PARTS.size());
            next += PARTS.size();
            List<ReaderView> pdfViews = pdfReadings.stream().map(r -> ReaderView.of(r.root(), n -> false, heading)).toList();
            READS.put(entry.getKey(), new Read(driver.getTitle(),
                    (String) driver.executeScript("return document.documentElement.lang"), ReaderView.text(heading), html,
                    pdfReadings, pdfViews));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @TestFactory
    Stream<DynamicContainer> fixtures() {
        return READS.entrySet().stream().flatMap(e -> {
            Read read = e.getValue();
            List<String> parts = List.copyOf(PARTS.keySet());
            return java.util.stream.IntStream.range(0, parts.size()).mapToObj(k -> DynamicContainer.dynamicContainer(
                    e.getKey().getFileName() + " " + parts.get(k), tests(read, read.pdfs().get(k), read.pdfViews().get(k))));
        });
    }

    /** Guards the guard: one fixture's PDF read against another's page differs in words and headings. */
    @Test
    void theComparisonCatchesADifferentDocument() {
        List<Read> reads = List.copyOf(READS.values());
        ReaderView pdf = reads.get(0).pdfViews().get(0);
        ReaderView html = reads.get(1).html();
        assertThrows(AssertionError.class, () -> sameWords("words", pdf.words(), html.words()));
        assertThrows(AssertionError.class, () -> assertSame("headings", pdf.headings(), html.headings()));
    }

    private static Stream<DynamicTest> tests(Read read, PdfJs.Reading pdf, ReaderView pdfView) {
        ReaderView html = read.html();
        return Stream.of(
                DynamicTest.dynamicTest("title, language, and no pdf.js warning", () -> {
                    assertEquals(read.title(), pdf.title(), "title");
                    assertEquals(read.lang(), pdf.lang(), "language");
                    assertEquals(List.of(), pdf.warnings(), "pdf.js warnings");
                }),
                DynamicTest.dynamicTest("heading outline", () -> assertSame("headings", pdfView.headings(), html.headings())),
                DynamicTest.dynamicTest("words in order", () -> sameWords("words", pdfView.words(), html.words())),
                DynamicTest.dynamicTest("link names", () -> assertSame("link names", pdfView.links(), html.links())),
                DynamicTest.dynamicTest("figure alternatives", () -> assertEquals(html.figures(), pdfView.figures())),
                DynamicTest.dynamicTest("table header cells", () -> assertSame("table header cells", headers(pdfView),
                        headers(html))),
                DynamicTest.dynamicTest("the disclaimer's words and place", () -> {
                    assertFalse(html.disclaimer().isEmpty(), "the HTML has the disclaimer");
                    for (ReaderView view : List.of(html, pdfView)) {
                        assertTrue(view.headings().size() > 1 && view.headings().get(0).startsWith("1 ")
                                && view.headings().get(1).equals("2 " + read.disclaimerHeading()),
                                "the title is the first heading and the disclaimer's the second: " + view.headings());
                    }
                    sameWords("the words before it (the title block)", pdfView.titleBlock(), html.titleBlock());
                    sameWords("the disclaimer's words", pdfView.disclaimer(), html.disclaimer());
                }));
    }

    /** Each table's header cells as one line: "Test | Result | Units". */
    private static List<String> headers(ReaderView view) {
        return view.tables().stream().map(cells -> String.join(" | ", cells)).toList();
    }

    /** Equal lists; when they differ only in spacing, the message says so (words run together or split). */
    private static void assertSame(String what, List<String> pdf, List<String> html) {
        if (pdf.equals(html)) {
            return;
        }
        List<String> spaceless = pdf.stream().map(s -> s.replace(" ", "")).toList();
        boolean spacing = spaceless.equals(html.stream().map(s -> s.replace(" ", "")).toList());
        assertEquals(html, pdf, what + (spacing ? " differ only in where spaces are (PDF text runs words together"
                + " at line ends or splits them)" : " differ"));
    }

    /**
     * The same words in the same order. When they differ, the message tells whether the letters
     * still agree in order (then only the breaks between words differ: PDF text that runs words
     * together at line ends or splits them), and lists the differing runs.
     */
    private static void sameWords(String what, List<String> pdf, List<String> html) {
        List<WordDiff.Run> runs = WordDiff.runs(pdf, html);
        if (runs.isEmpty()) {
            return;
        }
        boolean breaksOnly = String.join("", pdf).equals(String.join("", html));
        List<WordDiff.Run> breaks = runs.stream().filter(WordDiff.Run::breaksOnly).toList();
        List<WordDiff.Run> words = runs.stream().filter(r -> !r.breaksOnly()).toList();
        assertTrue(false, () -> what + ": " + runs.size() + " runs differ (PDF " + pdf.size() + " words, HTML "
                + html.size() + "); " + (breaksOnly ? "the letters agree in order: only where words break differs"
                        : "the letters differ too") + "\n  different words: " + limit(words)
                + "\n  the same letters broken elsewhere: " + limit(breaks));
    }

    private static String limit(List<WordDiff.Run> runs) {
        return runs.stream().limit(12).map(Object::toString).collect(Collectors.joining("; "))
                + (runs.size() > 12 ? "; …" : "");
    }
}
