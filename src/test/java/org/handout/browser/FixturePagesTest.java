package org.handout.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.handout.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;

/** Every fixture page in real Chromium: axe-core, reflow at 320 CSS px, and the disclaimer's place. */
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

    @TestFactory
    Stream<DynamicContainer> fixtures() {
        return Fixtures.all().map(source -> DynamicContainer.dynamicContainer(source.getFileName().toString(),
                Stream.of(
                        DynamicTest.dynamicTest("axe-core finds no violations", () -> axe(source)),
                        DynamicTest.dynamicTest("dark scheme keeps contrast", () -> darkContrast(source)),
                        DynamicTest.dynamicTest("reflows at 320 CSS px", () -> reflow(source)),
                        DynamicTest.dynamicTest("keeps 60 % of the measure at 320 CSS px", () -> measure(source)),
                        DynamicTest.dynamicTest("disclaimer follows the title block", () -> disclaimer(source)))));
    }

    /**
     * The checks must be able to fail: a broken page under the same CSP has violations, overflows,
     * and a paragraph squeezed by six nested definition lists.
     */
    @Test
    void checksCatchABrokenPage() throws Exception {
        String html = Pages.html(Fixtures.all().findFirst().orElseThrow()).replace("<main id=\"main\" tabindex=\"-1\">",
                "<main id=\"main\" tabindex=\"-1\"><input type=\"text\"><svg width=\"1000\" height=\"10\"></svg>"
                        + "<dl><dd>".repeat(6) + "<p>Squeezed</p>" + "</dd></dl>".repeat(6));
        driver.get(Browser.file("broken", html));
        List<Rule> violations = new AxeBuilder().withTags(Browser.AXE_TAGS).analyze(driver).getViolations();
        assertTrue(violations.stream().anyMatch(r -> r.getId().equals("label")), "axe did not report the unlabelled input");
        Browser.viewport(driver, 320, 640);
        try {
            driver.navigate().refresh();
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth"),
                    "a 1000 px wide drawing did not overflow");
            assertTrue(driver.executeScript(NARROW_TEXT).toString().contains("Squeezed"),
                    "a paragraph inside six definition lists was not reported as narrow");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    private static void load(Path source) throws Exception {
        driver.get(Browser.file(source.getFileName().toString(), Pages.html(source)));
    }

    private static void axe(Path source) throws Exception {
        load(source);
        List<String> violations = Browser.axeViolations(driver);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    private static void darkContrast(Path source) throws Exception {
        Browser.media(driver, "prefers-color-scheme", "dark");
        try {
            load(source);
            assertEquals("rgb(21, 24, 27)", driver.executeScript(
                    "return getComputedStyle(document.documentElement).backgroundColor"), "dark scheme not applied");
            List<Rule> violations = new AxeBuilder().withOnlyRules(List.of("color-contrast")).analyze(driver).getViolations();
            assertTrue(violations.isEmpty(), () -> violations.stream()
                    .flatMap(r -> r.getNodes().stream()).map(n -> n.getTarget() + " " + n.getFailureSummary())
                    .collect(Collectors.joining("\n", "dark contrast:\n", "")));
        } finally {
            Browser.media(driver, "prefers-color-scheme", "");
        }
    }

    private static void reflow(Path source) throws Exception {
        Browser.viewport(driver, 320, 640);
        try {
            load(source);
            assertEquals(320L, driver.executeScript("return window.innerWidth"));
            Object widths = driver.executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth]");
            assertTrue((Boolean) driver.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"),
                    () -> "the page scrolls sideways at 320 px: [scrollWidth, innerWidth] = " + widths);
        } finally {
            Browser.clearViewport(driver);
        }
    }

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
    private static void measure(Path source) throws Exception {
        Browser.viewport(driver, 320, 640);
        try {
            load(source);
            assertEquals(List.of(), driver.executeScript(NARROW_TEXT), "text narrower than 60 % of the measure");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    /** The disclaimer is the next element after the title block, displayed, and framed even in forced colours. */
    private static void disclaimer(Path source) throws Exception {
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
                "return document.querySelector('header.title-block').nextElementSibling.id"));
        assertTrue((Boolean) driver.executeScript(
                "const d = document.getElementById('disclaimer'); const s = getComputedStyle(d);"
                        + " const r = d.getBoundingClientRect();"
                        + " return s.display !== 'none' && s.visibility === 'visible' && s.opacity === '1'"
                        + " && r.width > 0 && r.height > 0"));
    }
}
