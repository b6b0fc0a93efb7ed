package org.handout.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.handout.Fixtures;
import org.handout.Themed;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.handout.theme.HouseStyle;
import org.handout.theme.Srgb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every fixture page, and the sample in each example house style, in real Chromium: axe-core (in the light and the
 * dark scheme), reflow at 320 CSS px, and the disclaimer's place.
 */
class FixturePagesTest {
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A page under test: its file name and how to render it. */
    private record Source(String name, HtmlSource html) {}

    private interface HtmlSource {
        String html() throws Exception;
    }

    @TestFactory
    Stream<DynamicContainer> fixtures() {
        return Fixtures.all().map(path -> checks(new Source(path.getFileName().toString(), () -> Pages.html(path)),
                DEFAULT_DARK_BACKGROUND));
    }

    /**
     * The sample in each example house style: the same checks, with the dark background the theme's derivation
     * gives (not the page's own dark scheme), and the theme's colours applied (its style sheet passed the policy).
     */
    @TestFactory
    Stream<DynamicContainer> exampleThemes() {
        return Fixtures.themes().map(theme -> {
            HouseStyle style = Themed.style(theme);
            DynamicContainer checks = checks(new Source(Themed.name(theme) + ".html",
                    () -> Themed.sample(theme, RenderOptions.defaults()).html()), css(style.colors().dark().background()));
            return DynamicContainer.dynamicContainer(Themed.name(theme), Stream.concat(checks.getChildren(), Stream.of(
                    DynamicTest.dynamicTest("headings in the theme's primary colour, text in its fonts", () -> {
                        load(checks.getDisplayName(), Themed.sample(theme, RenderOptions.defaults()).html());
                        assertEquals(css(style.colors().primary()), driver.executeScript(
                                "return getComputedStyle(document.querySelector('h1')).color"));
                        // Every embedded face loads: the page's policy allows the fonts it carries.
                        assertEquals("", driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                                + " document.fonts.ready.then(() => Promise.all([...document.fonts].map(f => f.load())))"
                                + ".then(() => done(''), e => done(String(e)));"));
                        if (style.fonts().regular() != null) {
                            String family = driver.executeScript("return getComputedStyle(document.body).fontFamily").toString();
                            assertTrue(family.replace("\"", "").startsWith("house-body,"), family);
                            assertEquals("loaded", driver.executeScript("return [...document.fonts]"
                                    + ".find(f => f.family.replace(/\"/g, '') === 'house-body').status"));
                        }
                    }))));
        });
    }

    private static final String DEFAULT_DARK_BACKGROUND = "rgb(21, 24, 27)";

    private static String css(Srgb color) {
        return "rgb(" + color.red() + ", " + color.green() + ", " + color.blue() + ")";
    }

    private static DynamicContainer checks(Source source, String darkBackground) {
        return DynamicContainer.dynamicContainer(source.name(), Stream.of(
                DynamicTest.dynamicTest("axe-core finds no violations", () -> axe(source)),
                DynamicTest.dynamicTest("dark scheme keeps contrast", () -> darkContrast(source, darkBackground)),
                DynamicTest.dynamicTest("reflows at 320 CSS px", () -> reflow(source)),
                DynamicTest.dynamicTest("keeps 60 % of the measure at 320 CSS px", () -> measure(source)),
                DynamicTest.dynamicTest("disclaimer follows the title block, at the start of main", () -> disclaimer(source)),
                DynamicTest.dynamicTest("landmarks a person can use", () -> landmarks(source)),
                DynamicTest.dynamicTest("the console stays silent", () -> silentConsole(source))));
    }

    /**
     * The checks must be able to fail: a broken page under the same CSP has violations, overflows,
     * and a paragraph squeezed by six nested definition lists.
     */
    @Test
    void checksCatchABrokenPage() throws Exception {
        String html = Pages.html(Fixtures.all().findFirst().orElseThrow()).replace("<main id=\"main\" tabindex=\"-1\">",
                "<main id=\"main\" tabindex=\"-1\"><input type=\"text\"><svg width=\"1000\" height=\"10\"></svg>"
                        + "<dl><dd>".repeat(6) + "<p>Squeezed</p>" + "</dd></dl>".repeat(6)
                        + "<table><caption>A caption <svg width=\"600\" height=\"10\"></svg></caption><tr><td>1</td></tr>"
                        + "</table>"
                        + "<script>document.title = 'ran';</script>");
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(Browser.file("broken", html));
        assertTrue(!driver.getTitle().equals("ran") && consoleProblems().stream()
                .anyMatch(e -> e.getMessage().contains("Content Security Policy")), "the policy blocked and reported a script");
        List<Rule> violations = new AxeBuilder().withTags(Browser.AXE_TAGS).analyze(driver).getViolations();
        assertTrue(violations.stream().anyMatch(r -> r.getId().equals("label")), "axe did not report the unlabelled input");
        Browser.viewport(driver, 320, 640);
        try {
            driver.navigate().refresh();
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth"),
                    "a 1000 px wide drawing did not overflow");
            assertTrue(driver.executeScript(NARROW_TEXT).toString().contains("Squeezed"),
                    "a paragraph inside six definition lists was not reported as narrow");
            assertEquals(List.of("A caption"), driver.executeScript(CAPTIONS_OUTSIDE),
                    "a caption running past the window was not reported");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    /**
     * Few landmarks, each worth a stop: banner (title block), main, the disclaimer's region at the
     * start of main, reference lists, the notes, contentinfo. No two share a role and a name.
     */
    private static void landmarks(Source source) throws Exception {
        load(source);
        List<AxTree.Node> landmarks = new ArrayList<>();
        AxTree.of(driver).walk(node -> {
            if (AxTree.LANDMARKS.contains(node.role())) {
                landmarks.add(node);
            }
        });
        String roles = landmarks.stream().map(AxTree.Node::role).collect(Collectors.joining(" "));
        assertTrue(roles.matches("banner main region( doc-bibliography)*( doc-endnotes)? contentinfo"), roles);
        assertEquals(driver.executeScript("return document.getElementById('disclaimer-heading').textContent"),
                landmarks.get(2).name(), "the one region is the disclaimer");
        List<String> named = landmarks.stream().map(n -> n.role() + " " + n.name()).toList();
        assertEquals(named.size(), new HashSet<>(named).size(), () -> "two landmarks share a role and a name: " + named);
    }

    /** Two parts with the same sub-headings: no landmark for either, and two reference lists told apart. */
    @Test
    void sameHeadingsInTwoPartsGiveNoLandmarksWithTheSameName() throws Exception {
        String md = "---\ntitle: Two parts\nlang: en\n---\n\n"
                + "## Part one\n\n### Side effects\n\nNausea.\n\n### References\n\n"
                + "- Smith J. A study of nausea. Journal of Tests. 2020;1(2):3-4.\n\n"
                + "## Part two\n\n### Side effects\n\nHeadache.\n\n### References\n\n"
                + "- Jones K. A study of headache. Journal of Tests. 2021;2(3):4-5.\n";
        String html = new Renderer(RenderOptions.defaults())
                .render("parts.md", md.getBytes(StandardCharsets.UTF_8), Path.of(".")).html();
        load("parts", html);
        List<String> landmarks = new ArrayList<>();
        AxTree.of(driver).walk(node -> {
            if (AxTree.LANDMARKS.contains(node.role())) {
                landmarks.add(node.role() + " " + node.name());
            }
        });
        assertEquals(List.of("banner ", "main ", "region Medical disclaimer", "doc-bibliography References",
                "doc-bibliography Part two References", "contentinfo "), landmarks);
    }

    /** Nothing on the page warns or fails in the console: its own policy allows its own data block. */
    private static void silentConsole(Source source) throws Exception {
        driver.manage().logs().get(LogType.BROWSER);
        load(source);
        List<LogEntry> problems = consoleProblems();
        assertTrue(problems.isEmpty(), () -> "console: " + problems);
    }

    /** Console entries at warning level or above since the last call (reading the log empties it). */
    private static List<LogEntry> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    private static void load(Source source) throws Exception {
        load(source.name(), source.html().html());
    }

    private static void load(String name, String html) throws Exception {
        driver.get(Browser.file(name, html));
    }

    private static void axe(Source source) throws Exception {
        load(source);
        List<String> violations = Browser.axeViolations(driver);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    private static void darkContrast(Source source, String background) throws Exception {
        Browser.media(driver, "prefers-color-scheme", "dark");
        try {
            load(source);
            assertEquals(background, driver.executeScript(
                    "return getComputedStyle(document.documentElement).backgroundColor"), "dark scheme not applied");
            List<Rule> violations = new AxeBuilder().withOnlyRules(List.of("color-contrast")).analyze(driver).getViolations();
            assertTrue(violations.isEmpty(), () -> violations.stream()
                    .flatMap(r -> r.getNodes().stream()).map(n -> n.getTarget() + " " + n.getFailureSummary())
                    .collect(Collectors.joining("\n", "dark contrast:\n", "")));
        } finally {
            Browser.media(driver, "prefers-color-scheme", "");
        }
    }

    private static void reflow(Source source) throws Exception {
        Browser.viewport(driver, 320, 640);
        try {
            load(source);
            assertEquals(320L, driver.executeScript("return window.innerWidth"));
            Object widths = driver.executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth]");
            assertTrue((Boolean) driver.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"),
                    () -> "the page scrolls sideways at 320 px: [scrollWidth, innerWidth] = " + widths);
            assertEquals(List.of(), driver.executeScript(CAPTIONS_OUTSIDE), "captions cut at the window's edge");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    /**
     * Table captions whose text reaches past the window's edges, by their first words: a wide table scrolls in its own
     * region, and its caption, which names it, must still be read whole without scrolling.
     */
    private static final String CAPTIONS_OUTSIDE = "return [...document.querySelectorAll('main caption')].filter(c => {"
            + " const text = document.createRange(); text.selectNodeContents(c); const r = text.getBoundingClientRect();"
            + " return r.left < -0.5 || r.right > innerWidth + 0.5; }).map(c => c.textContent.trim().slice(0, 40));";

    /** Paragraphs and list items (outside tables) narrower than 60 % of the main column, with their widths. */
    private static final String NARROW_TEXT = "const content = e => { const s = getComputedStyle(e);"
            + " return e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); };"
            + " const measure = content(document.querySelector('main'));"
            + " return [...document.querySelectorAll('main p, main li')]"
            + " .filter(e => !e.closest('table') && content(e) < 0.6 * measure)"
            + " .map(e => Math.round(content(e)) + ' of ' + Math.round(measure) + ' px: ' + e.textContent.trim().slice(0, 40));";

    /**
     * However deep lists and quotes nest, every paragraph and list item keeps at least 60 % of the
     * main column's width: indentation stops growing long before text runs one word to a line.
     */
    private static void measure(Source source) throws Exception {
        Browser.viewport(driver, 320, 640);
        try {
            load(source);
            assertEquals(List.of(), driver.executeScript(NARROW_TEXT), "text narrower than 60 % of the measure");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    /**
     * The disclaimer comes right after the title block (main follows it and opens with the
     * disclaimer), displayed, and framed even in forced colours.
     */
    private static void disclaimer(Source source) throws Exception {
        Browser.media(driver, "forced-colors", "active");
        try {
            load(source);
            assertEquals("3px", driver.executeScript(
                    "return getComputedStyle(document.getElementById('disclaimer')).borderTopWidth"));
        } finally {
            Browser.media(driver, "forced-colors", "");
        }
        load(source);
        assertEquals("disclaimer", driver.executeScript(
                "const main = document.querySelector('header.title-block').nextElementSibling;"
                        + " return main.localName === 'main' ? main.firstElementChild.id : main.localName"),
                "main follows the title block and opens with the disclaimer");
        assertTrue((Boolean) driver.executeScript(
                "const d = document.getElementById('disclaimer'); const s = getComputedStyle(d);"
                        + " const r = d.getBoundingClientRect();"
                        + " return s.display !== 'none' && s.visibility === 'visible' && s.opacity === '1'"
                        + " && r.width > 0 && r.height > 0"));
    }
}
