package org.handout.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by its own chromedriver. Tests are skipped when it is not
 * installed, unless REQUIRE_BROWSER=true (as in CI), where a missing browser is a failure.
 * Public for the browser tests of other packages (the editor of serve).
 */
public final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The axe-core rule sets every page must pass: WCAG 2.0 to 2.2, A and AA, and axe's best practices. */
    public static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private Browser() {}

    public static ChromeDriver start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("REQUIRE_BROWSER"))) {
            fail("REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        assumeTrue(present, "no Chromium at " + CHROMIUM + ": browser tests skipped");
        Path profile = Files.createTempDirectory("chromium-profile");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        // Ignore alerts so a test can look for one itself instead of the driver hiding it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Sets the CSS viewport exactly (window sizes include browser chrome), for reflow checks. */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Emulates one media feature, such as prefers-color-scheme: dark; an empty value clears it. */
    static void media(ChromeDriver driver, String feature, String value) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", feature, "value", value))));
    }

    public static void clearViewport(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** axe-core's violations of {@link #AXE_TAGS} on the page loaded now, one line per rule with its elements. */
    public static List<String> axeViolations(ChromeDriver driver) {
        return new AxeBuilder().withTags(AXE_TAGS).analyze(driver).getViolations().stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + "\n    " + r.getNodes().stream()
                        .map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("\n    ")))
                .toList();
    }

    /** Writes a page to a temporary file and returns its file: URL. */
    static String file(String name, String html) throws IOException {
        Path file = Files.createTempFile(name.replaceAll("\\W", "-"), ".html");
        file.toFile().deleteOnExit();
        Files.writeString(file, html);
        return file.toUri().toString();
    }
}
