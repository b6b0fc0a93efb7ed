package org.handout.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The hostile fixture in real Chromium: nothing runs, nothing is fetched, the disclaimer stays on top. */
class HostileHtmlTest {
    private static ChromeDriver driver;

    @BeforeAll
    static void load() throws Exception {
        driver = Browser.start();
        driver.get(Browser.file("hostile", Pages.html(Path.of("fixtures/hostile-html.md"))));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void noDialogOpens() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void noConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertTrue(errors.isEmpty(), () -> "console: " + errors);
    }

    @Test
    void noRequestLeavesThePage() {
        assertEquals(0L, driver.executeScript("return performance.getEntriesByType('resource').length"),
                () -> "requests: " + driver.executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name).join(', ')"));
        assertEquals(0L, driver.executeScript("return document.querySelectorAll("
                + "'script:not([type=\"application/ld+json\"]), iframe, object, embed, form, link, base, style ~ style,"
                + " [onerror], [onload], [onclick], [style]').length"));
    }

    @Test
    void disclaimerStaysVisibleAndUncovered() {
        Boolean onTop = (Boolean) driver.executeScript(
                "const d = document.getElementById('disclaimer'); d.scrollIntoView({block: 'center'});"
                        + " const r = d.getBoundingClientRect(); const s = getComputedStyle(d);"
                        + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return s.display !== 'none' && s.visibility === 'visible' && r.height > 0"
                        + " && hit !== null && d.contains(hit)");
        assertTrue(onTop, "the disclaimer is hidden or covered");
    }
}
