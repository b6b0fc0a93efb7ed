package org.handout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.handout.browser.Browser;
import org.handout.pdf.VeraPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The editor in real Chromium, driven by keyboard: typing updates the HTML preview and the reading-order pages,
 * a warning links to its line, downloads conform, and the page passes axe-core, works at 320 px and keyboard-only.
 * Screenshots of what it shows go to target/screenshots.
 */
class EditorTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;
    @TempDir
    static Path downloads;
    static Served served;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        driver = Browser.start();
        served = Served.start(Served.settings(work).build());
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void open() {
        driver.get(served.uri.toString());
        awaitRendered();
    }

    @Test
    void typingUpdatesThePreviewAndTheReadingOrder() throws IOException {
        long marks = count("#pages .mark");
        assertTrue(marks > 0, "the first render drew numbered boxes");
        assertTrue(srcdoc().contains("Staying Hydrated"));
        type(Keys.chord(Keys.CONTROL, Keys.END), "\n## Typed in the browser\n\nA sentence typed by a test.\n");
        await(() -> srcdoc().contains("Typed in the browser") && count("#pages .mark") == marks + 2
                && orderText().contains("H2 Typed in the browser"));
        screenshot("typing");
        String origin = served.uri.toString().replaceFirst("/$", "");
        assertEquals(List.of(), driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith(arguments[0] + '/') && !n.startsWith('data:') && !n.startsWith('blob:'))",
                origin), "no request leaves the server");
    }

    @Test
    void aWarningLinksToItsLine() {
        type(Keys.chord(Keys.CONTROL, Keys.END), "\n#### Skips two levels\n");
        await(() -> driver.findElement(By.id("problems")).getText().contains("warning:"));
        WebElement link = driver.findElement(By.cssSelector("#problems a"));
        assertTrue(link.getText().startsWith("Line 19"), link.getText());
        link.sendKeys(Keys.ENTER);
        assertEquals("source", driver.executeScript("return document.activeElement.id"));
        assertEquals("#### Skips two levels", driver.executeScript(
                "const s = document.getElementById('source'); return s.value.substring(s.selectionStart, s.selectionEnd)"));
        assertTrue(driver.findElement(By.id("status")).getText().contains("1 warning"));
    }

    @Test
    void downloadsArePdfUaAndPdfA() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(download("PDF", "handout.pdf"), PDFAFlavour.PDFUA_1));
        byte[] archival = download("Archival PDF", "handout-archival.pdf");
        assertEquals(List.of(), VeraPdf.failures(archival, PDFAFlavour.PDFA_3_A));
        assertEquals(List.of(), VeraPdf.failures(archival, PDFAFlavour.PDFUA_1));
        assertTrue(new String(download("HTML", "handout.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<title>Staying Hydrated</title>"));
    }

    @Test
    void anOpenedFileWithItsImagesShowsTheFigureWithItsAlt() throws IOException {
        Path fixtures = Path.of("fixtures").toAbsolutePath();
        driver.findElement(By.id("open")).sendKeys(fixtures.resolve("images.md").toString());
        driver.findElement(By.id("images")).sendKeys(fixtures.resolve("images/handwashing.png") + "\n"
                + fixtures.resolve("images/divider.png"));
        await(() -> driver.findElements(By.cssSelector("#pages .alt")).size() == 1);
        assertEquals("Alt: Diagram of two hands under running water, palms together, with soap lather between the "
                + "fingers.", driver.findElement(By.cssSelector("#pages .alt")).getText());
        assertTrue(count("#pages .artifact:not(.drawing)") >= 2, "the divider and the footer are shaded artifacts");
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("Rendered: 1 PDF page, no problems"));
        Browser.viewport(driver, 1400, 1000);
        try {
            screenshot("editor");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    @Test
    void axeCoreFindsNoViolations() {
        type(Keys.chord(Keys.CONTROL, Keys.END), "\n#### A warning to list\n");
        await(() -> count("#problems a") == 1);
        List<String> violations = Browser.axeViolations(driver);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void reflowsAt320CssPixels() throws IOException {
        Browser.viewport(driver, 320, 640);
        try {
            driver.navigate().refresh();
            awaitRendered();
            assertEquals(320L, driver.executeScript("return window.innerWidth"));
            assertTrue((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                    () -> "scrolls sideways: " + driver.executeScript("return document.documentElement.scrollWidth"));
            screenshot("narrow");
        } finally {
            Browser.clearViewport(driver);
        }
    }

    @Test
    void everyControlIsReachedByTabInOrder() {
        List<String> reached = new ArrayList<>();
        driver.findElement(By.tagName("h1")).click();
        for (int i = 0; i < 12; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached.add((String) driver.executeScript("const e = document.activeElement;"
                    + " return e.id || e.dataset.format || e.tagName.toLowerCase()"));
        }
        assertEquals(List.of("open", "source", "images", "page-size", "large-print", "pdf", "html", "archival",
                "preview"), reached.subList(0, 9), reached.toString());
        driver.findElement(By.id("large-print")).sendKeys(Keys.SPACE);
        await(() -> srcdoc().contains("Staying Hydrated") && (Boolean) driver.executeScript(
                "return document.getElementById('large-print').checked"));
    }

    private byte[] download(String button, String name) throws Exception {
        Path file = downloads.resolve(name);
        Files.deleteIfExists(file);
        WebElement control = driver.findElement(By.xpath("//button[text()='" + button + "']"));
        control.sendKeys(Keys.ENTER);
        await(() -> Files.exists(file) && driver.findElement(By.id("download-status")).getText().startsWith("Downloaded"));
        return Files.readAllBytes(file);
    }

    private static void type(CharSequence... keys) {
        WebElement source = driver.findElement(By.id("source"));
        source.sendKeys(keys);
    }

    private static long count(String selector) {
        return driver.findElements(By.cssSelector(selector)).size();
    }

    private static String srcdoc() {
        return driver.findElement(By.id("preview")).getAttribute("srcdoc");
    }

    private static String orderText() {
        return driver.findElement(By.id("order")).getText().replace('\n', ' ');
    }

    private static void awaitRendered() {
        await(() -> driver.findElement(By.id("status")).getText().startsWith("Rendered:"));
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> condition.getAsBoolean());
    }

    /** The whole page, not only the window, as Chromium draws it. */
    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Object data = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true)).get("data");
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) data));
    }
}
