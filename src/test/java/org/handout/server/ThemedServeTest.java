package org.handout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handout.diagnostics.Diagnostics;
import org.handout.pdf.VeraPdf;
import org.handout.theme.HouseStyle;
import org.handout.theme.ThemeFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * {@code renderer serve --theme}: a real server on loopback with the Riverside house style (Lexend, a logo), read and
 * checked once. Every request takes it, none can name another, its outputs conform, and the editor's policy allows
 * the themed preview: each inline style sheet of the page, hashed here with the JDK's own SHA-256, and its fonts.
 */
class ThemedServeTest {
    private static final Path RIVERSIDE = Path.of("fixtures/themes/riverside/theme.yaml");
    private static final String MARKDOWN = "text/markdown; charset=utf-8";
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    @TempDir
    static Path work;
    static Served served;

    @BeforeAll
    static void start() throws IOException {
        Diagnostics diagnostics = new Diagnostics(RIVERSIDE.toString());
        HouseStyle theme = ThemeFile.read(RIVERSIDE, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        served = Served.start(Served.settings(work).theme(theme).build());
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static byte[] source(String frontMatter) {
        String text = "---\ntitle: Staying Hydrated\nlang: en\n" + frontMatter
                + "---\n\n# Staying Hydrated\n\nDrink water.\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String html(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void everyRequestTakesTheServersThemeAndItsPdfConforms() throws Exception {
        String page = html(served.post("/render?format=html", MARKDOWN, source("")));
        assertTrue(page.contains("Riverside Community Health"), "the theme's name");
        assertTrue(page.contains("#0b5d3b") && page.contains("font-family: \"house-body\""),
                "the theme's colour and face");
        HttpResponse<byte[]> pdf = served.post("/render", MARKDOWN, source(""));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), StandardCharsets.ISO_8859_1).contains("Lexend"), "the theme's face embedded");
        assertEquals(List.of(), VeraPdf.failures(pdf.body(), PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), VeraPdf.failures(pdf.body(), PDFAFlavour.PDFA_2_A));
    }

    /** The server's theme wins, as the command line's does: a request's own is never read from the server's disk. */
    @Test
    void aRequestsOwnThemeIsNeverRead() throws Exception {
        String page = html(served.post("/render?format=html", MARKDOWN, source("theme: ../../../etc/theme.yaml\n")));
        assertTrue(page.contains("Riverside Community Health"), "the server's theme");
    }

    @Test
    void theEditorsPolicyAllowsTheThemedPreview() throws Exception {
        String policy = served.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        String page = html(served.post("/render?format=html", MARKDOWN, source("")));
        List<String> sheets = new ArrayList<>();
        Matcher style = STYLE.matcher(page);
        while (style.find()) {
            sheets.add(style.group(1));
        }
        assertEquals(2, sheets.size(), "the page's sheet and the theme's");
        String styles = policy.replaceAll(".*style-src ([^;]*);.*", "$1");
        for (String sheet : sheets) {
            assertTrue(styles.contains(sha256(sheet)), "allowed: a sheet of " + sheet.length() + " chars; " + policy);
        }
        assertTrue(page.contains("src: url(data:font/"), "the theme's fonts are embedded");
        assertTrue(policy.contains("font-src data:"), policy);
        assertTrue(!policy.contains("unsafe"), policy);
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'";
    }
}
