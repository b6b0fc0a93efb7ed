package org.handout.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.handout.Fixtures;
import org.handout.cli.CommandLine;
import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme file's schema and its guard rails: what is refused, with which line and message, and that a refused
 * theme writes nothing.
 */
class ThemeTest {
    private static final Path LOW_CONTRAST = Path.of("src/test/resources/org/handout/theme/low-contrast.yaml");

    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        CommandLine run = CommandLine.run(args);
        err = run.err();
        return run.code();
    }

    private Path theme(String yaml) throws IOException {
        Path file = dir.resolve("theme.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** The errors reading {@code yaml} gives, formatted as the command line prints them. */
    private List<String> errors(String yaml) throws IOException {
        Path file = theme(yaml);
        Diagnostics diagnostics = new Diagnostics("theme.yaml");
        assertNull(ThemeFile.read(file, diagnostics), "the theme was accepted");
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    /**
     * Ratios as WebAIM's contrast checker and the WCAG understanding documents publish them; the ratios in the
     * messages below were worked out apart from this code, with the formula of WCAG 2.2's definitions.
     */
    @Test
    void contrastRatiosAreWcags() {
        assertEquals(21.0, Srgb.parse("#000").contrast(Srgb.parse("#ffffff")), 0.001);
        assertEquals(4.48, Srgb.parse("#777777").contrast(Srgb.WHITE), 0.005);
        assertEquals(4.54, Srgb.parse("#767676").contrast(Srgb.WHITE), 0.005);
        assertEquals(4.0, Srgb.parse("#ff0000").contrast(Srgb.WHITE), 0.005);
        assertEquals(1.0, Srgb.parse("#123456").contrast(Srgb.parse("#123456")), 0.0001);
    }

    @Test
    void lowContrastThemeIsRefusedWithItsRatioAndNothingIsWritten() {
        Path out = dir.resolve("out");
        assertEquals(1, run(Fixtures.SAMPLE.toString(), "--theme", LOW_CONTRAST.toString(), "-o", out.toString()));
        assertEquals(List.of(LOW_CONTRAST + ":6: error: colors.text #777777 on colors.background #ffffff: contrast 4.47:1,"
                + " below the 4.5:1 required for body text (WCAG 2.2 1.4.3)"), err.lines().limit(1).toList());
        // The same grey fails on every lighter fill too: each pair is its own line.
        assertTrue(err.lines().allMatch(l -> l.startsWith(LOW_CONTRAST + ":6: error: colors.text #777777 on ")), err);
        assertFalse(Files.exists(out), "a refused theme wrote something");
    }

    @Test
    void unknownKeysAreErrorsNamingTheKeyAndItsLine() throws IOException {
        List<String> errors = errors("name: Clinic\ncolours:\n  primary: \"#000000\"\ncolors:\n  link: \"#0000ee\"\n");
        assertTrue(errors.contains("theme.yaml:2: error: unknown theme key 'colours' (known: name, logo, colors, fonts, footer,"
                + " page, base-size)"), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("theme.yaml:5: error: unknown theme key 'colors.link'")),
                errors::toString);
    }

    @Test
    void anUnquotedColourIsExplained() throws IOException {
        List<String> errors = errors("colors:\n  primary: #0b3d62\n");
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("theme.yaml:2: error: 'colors.primary' has no value: write the colour in quotes"),
                errors::toString);
    }

    @Test
    void everyPairIsChecked() throws IOException {
        assertEquals(List.of("theme.yaml:2: error: colors.accent #8a8a8a on colors.background #ffffff: contrast 3.45:1,"
                + " below the 4.5:1 required for links (WCAG 2.2 1.4.3)",
                "theme.yaml:2: error: colors.accent #8a8a8a on colors.disclaimer-background #eef4fa: contrast 3.11:1,"
                + " below the 4.5:1 required for links in the disclaimer (WCAG 2.2 1.4.3)"),
                errors("colors:\n  accent: \"#8a8a8a\"\n"));
        assertEquals(List.of("theme.yaml:2: error: colors.disclaimer-border #b0b0b0 on colors.background #ffffff:"
                + " contrast 2.16:1, below the 3:1 required for the disclaimer's border (WCAG 2.2 1.4.11)"),
                errors("colors:\n  disclaimer-border: \"#b0b0b0\"\n"));
    }

    /**
     * A page of light grey with a white disclaimer box: the text reads at 4.8:1 on the page and 8.9:1 in the box,
     * but in the dark scheme the box turns lighter than the page and the same text falls below 4.5:1 in it.
     */
    @Test
    void theDarkSchemeIsCheckedToo() throws IOException {
        List<String> errors = errors("colors:\n  text: \"#4a4a4a\"\n  background: \"#d0d0d0\"\n"
                + "  disclaimer-background: \"#ffffff\"\n");
        assertTrue(errors.stream().noneMatch(e -> !e.contains("dark scheme:")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("theme.yaml:2: error: dark scheme: ")
                && e.contains("(from colors.text) on ") && e.contains("(from colors.disclaimer-background)")
                && e.contains("required for the disclaimer's text")), errors::toString);
    }

    @Test
    void linksMustDifferFromTheText() throws IOException {
        assertEquals(List.of("theme.yaml:3: error: links colors.accent #303030 and body text colors.text #1a1a1a"
                + " differ by ΔE 10.6: a link's colour must differ clearly from the text's, ΔE*ab at least 20"),
                errors("colors:\n  text: \"#1a1a1a\"\n  accent: \"#303030\"\n"));
    }

    @Test
    void typeSizeAndMarginsHaveLimits() throws IOException {
        assertEquals(List.of("theme.yaml:1: error: 'base-size' 10.5 pt is below the accessible minimum of 11 pt for body"
                + " text", "theme.yaml:3: error: 'page.margins' must be between 15 mm and 40 mm, not 5.0 mm"),
                errors("base-size: 10.5pt\npage:\n  margins: 5mm\n"));
        assertEquals(List.of("theme.yaml:1: error: 'base-size' must be a length such as 12pt, 20mm, 2cm or 0.75in"),
                errors("base-size: large\n"));
    }

    @Test
    void aLogoNeedsItsAltTextOrToBeDecorative() throws IOException {
        Files.copy(Path.of("fixtures/themes/riverside/logo.png"), dir.resolve("logo.png"));
        assertEquals(List.of("theme.yaml:2: error: 'logo' needs 'alt', the text a screen reader reads for it, or"
                + " 'decorative: true'"), errors("logo:\n  file: logo.png\n"));
        assertEquals(List.of("theme.yaml:2: error: a decorative logo has no 'alt': it is not read aloud"),
                errors("logo:\n  file: logo.png\n  alt: Logo\n  decorative: true\n"));
        assertNotNull(ThemeFile.read(theme("logo:\n  file: logo.png\n  decorative: true\n"), new Diagnostics("t")));
    }

    /** The logo is checked as an image is: inside the theme's folder, a real PNG or JPEG. */
    @Test
    void aLogoMustBeAnImageInsideTheThemesFolder() throws IOException {
        Path themes = Files.createDirectories(dir.resolve("themes"));
        Files.copy(Path.of("fixtures/themes/riverside/logo.png"), dir.resolve("outside.png"));
        Files.writeString(themes.resolve("fake.png"), "not a picture");
        Path file = themes.resolve("theme.yaml");
        Files.writeString(file, "logo:\n  file: ../outside.png\n  alt: Logo\n");
        Diagnostics outside = new Diagnostics("theme.yaml");
        assertNull(ThemeFile.read(file, outside));
        assertEquals("theme.yaml:2: error: image '../outside.png' lies outside the resource folder",
                outside.all().get(0).format());
        Files.writeString(file, "logo:\n  file: fake.png\n  alt: Logo\n");
        Diagnostics fake = new Diagnostics("theme.yaml");
        assertNull(ThemeFile.read(file, fake));
        assertEquals("theme.yaml:2: error: image 'fake.png' is not a PNG or JPEG file", fake.all().get(0).format());
    }

    /** A font whose OS/2 fsType says "restricted licence embedding" is refused: the PDF must embed its fonts. */
    @Test
    void aFontThatMayNotBeEmbeddedIsRefused() throws IOException {
        byte[] font = Files.readAllBytes(Path.of("fixtures/themes/riverside/fonts/Lexend_400Regular.ttf"));
        Files.write(dir.resolve("Restricted.ttf"), withFsType(font, 0x0002));
        assertEquals(List.of("theme.yaml:2: error: font 'Restricted.ttf': its licence forbids embedding (restricted"
                + " licence) (OS/2 fsType 0x0002); a PDF must embed its fonts"), errors("fonts:\n  body: Restricted.ttf\n"));
        Files.write(dir.resolve("Editable.ttf"), withFsType(font, 0x0008));
        assertNotNull(ThemeFile.read(theme("fonts:\n  body: Editable.ttf\n"), new Diagnostics("t")), "editable embedding");
    }

    @Test
    void onlyTrueTypeFontsInsideTheThemesFolder() throws IOException {
        Files.write(dir.resolve("Cff.otf"), "OTTO and the rest of a CFF font".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("Web.woff2"), "wOF2 and the rest".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("Broken.ttf"), new byte[] {0, 1, 0, 0, 0, 9});
        assertEquals(List.of("theme.yaml:3: error: font 'Cff.otf' is an OpenType font with CFF outlines, which the PDF's"
                + " subsetter does not write: use the family's TrueType (.ttf, glyf) build",
                "theme.yaml:4: error: font 'Web.woff2' is a web font (WOFF): use the family's TrueType (.ttf) file",
                "theme.yaml:5: error: font '../Outside.ttf' is not a file inside the theme's folder"),
                errors("fonts:\n  body:\n    regular: Cff.otf\n    bold: Web.woff2\n    italic: ../Outside.ttf\n"));
        assertTrue(errors("fonts:\n  mono: Broken.ttf\n").get(0).startsWith("theme.yaml:2: error: font 'Broken.ttf' is"
                + " not a usable TrueType font: "));
    }

    /** The font with its OS/2 fsType replaced, as a font vendor's restricted build would carry it. */
    private static byte[] withFsType(byte[] font, int fsType) {
        byte[] copy = font.clone();
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(copy);
        for (int i = 0; i < data.getShort(4); i++) {
            if (new String(copy, 12 + 16 * i, 4, StandardCharsets.ISO_8859_1).equals("OS/2")) {
                data.putShort(data.getInt(12 + 16 * i + 8) + 8, (short) fsType);
                return copy;
            }
        }
        throw new IllegalStateException("no OS/2 table");
    }

    @Test
    void aFooterIsOneShortLine() throws IOException {
        assertEquals(List.of("theme.yaml:1: error: 'footer' must be one line of at most 72 characters, to fit the foot"
                + " of every page"), errors("footer: " + "x".repeat(73) + "\n"));
    }

    /** Front matter's theme is read relative to the source and only from inside the resource root, like a bibliography. */
    @Test
    void frontMatterNamesAThemeInsideTheResourceRoot() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("theme.yaml"), "name: Outside\n");
        Files.writeString(site.resolve("house.yaml"), "name: Inside\nfooter: Call 0300 000 0000\n");
        String inside = "---\ntitle: T\nlang: en\ntheme: house.yaml\n---\nText.\n";
        Renderer.Result result = new Renderer(RenderOptions.defaults()).render("site/a.md",
                inside.getBytes(StandardCharsets.UTF_8), site);
        assertTrue(result.html().contains("<p class=\"house-footer\">Call 0300 000 0000</p>"), result.html());
        RenderFailure outside = failure(RenderOptions.defaults(), "site/a.md", "---\ntitle: T\nlang: en\ntheme: ../theme.yaml\n---\nText.\n",
                site);
        assertEquals("site/a.md:4: error: theme '../theme.yaml' is not a file inside " + site.toAbsolutePath(),
                outside.getMessage());
    }

    @Test
    void frontMattersThemeErrorsNameTheThemeFile() throws Exception {
        Files.writeString(dir.resolve("house.yaml"), "name: Clinic\nfont: Comic\n");
        RenderFailure failure = failure(RenderOptions.defaults(), "docs/a.md", "---\ntitle: T\nlang: en\ntheme: house.yaml\n---\nText.\n",
                dir);
        assertTrue(failure.getMessage().startsWith("docs/house.yaml:2: error: unknown theme key 'font'"),
                failure.getMessage());
    }

    /** The command line's theme wins over the front matter's, as --csl does over csl:. */
    @Test
    void theCommandLinesThemeWins() throws Exception {
        Path source = dir.resolve("a.md");
        Files.writeString(source, "---\ntitle: T\nlang: en\ntheme: missing.yaml\n---\nText.\n");
        assertEquals(0, run(source.toString(), "--theme", "fixtures/themes/harbour/theme.yaml", "-o",
                dir.resolve("out").toString()), err);
        assertTrue(Files.readString(dir.resolve("out/a.html")).contains("Harbour Children"));
    }

    /**
     * serve checks its own theme before it listens (ThemedServeTest serves one), and reads none from a request's
     * front matter.
     */
    @Test
    void serveChecksItsThemeAndReadsNoneFromARequest() throws Exception {
        assertEquals(1, run("serve", "--port", "0", "--theme", LOW_CONTRAST.toString()));
        assertTrue(err.startsWith(LOW_CONTRAST + ":6: error: colors.text #777777 on colors.background #ffffff"), err);
        Files.writeString(dir.resolve("house.yaml"), "name: Clinic\n");
        RenderFailure failure = failure(RenderOptions.defaults().withTheme(null, false), "docs/a.md",
                "---\ntitle: T\nlang: en\ntheme: house.yaml\n---\nText.\n", dir);
        assertTrue(failure.getMessage().startsWith("docs/a.md:4: error: a theme cannot be named here"), failure.getMessage());
    }

    private static RenderFailure failure(RenderOptions options, String sourceName, String markdown, Path folder) {
        Executable render = () -> new Renderer(options).render(sourceName, markdown.getBytes(StandardCharsets.UTF_8), folder);
        return assertThrows(RenderFailure.class, render);
    }
}
