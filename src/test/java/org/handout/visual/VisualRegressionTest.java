package org.handout.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.handout.Fixtures;
import org.handout.render.Format;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Visual regression: every page of every fixture's PDF, drawn by poppler's pdftoppm at 40 dpi in
 * sixteen greys, against the reference images in {@code src/test/visual}. A page fails when more than
 * {@value #CHANGED_SHARE} of its pixels differ by more than {@value #LEVELS} grey levels (of 255):
 * a moved block, a reflowed line or a lost figure, not a glyph's antialiasing.
 *
 * <p>On failure it writes {@code target/visual/NAME-N.actual.png} and {@code NAME-N.diff.png}
 * (changed pixels in red over the faded reference) and names them. When a change is intended, look
 * at them and accept: {@code mvn -q test -Dtest=VisualRegressionTest -Dvisual.accept=true} replaces
 * the references with what the renderer makes now; commit them with the change.
 *
 * <p>Skipped without pdftoppm, unless REQUIRE_POPPLER=true (as in CI), where that is a failure.
 */
class VisualRegressionTest {
    static final Path REFERENCES = Path.of("src", "test", "visual");
    private static final Path OUT = Path.of("target", "visual");
    private static final boolean ACCEPT = Boolean.getBoolean("visual.accept");
    private static final int LEVELS = 64;
    private static final double CHANGED_SHARE = 0.0025;
    private static final Renderer RENDERER = new Renderer(RenderOptions.defaults().withFormats(java.util.Set.of(Format.PDF)));

    @BeforeAll
    static void poppler() {
        boolean present = PageImages.pdftoppmInstalled();
        if (!present && "true".equals(System.getenv("REQUIRE_POPPLER"))) {
            fail("REQUIRE_POPPLER=true but pdftoppm (poppler-utils) is not on the PATH");
        }
        assumeTrue(present, "no pdftoppm on the PATH: visual regression skipped");
    }

    @TestFactory
    Stream<DynamicTest> fixturePages() {
        return Fixtures.all().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> compare(source)));
    }

    /** The comparison must be able to fail, and must not fail on what it is meant to forgive. */
    @Test
    void theComparisonSeesAMovedLineButNotAStrayPixel() {
        BufferedImage reference = page(100);
        assertEquals(0, Difference.of(reference, page(100)).changed());
        assertTrue(Difference.of(reference, page(103)).fails(), "a line moved down by 3 px");
        BufferedImage speck = page(100);
        speck.setRGB(5, 5, 0);
        assertFalse(Difference.of(reference, speck).fails(), "one dark pixel");
    }

    private static BufferedImage page(int lineY) {
        BufferedImage image = new BufferedImage(331, 468, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 331, 468);
        g.setColor(Color.BLACK);
        g.fillRect(30, lineY, 270, 6);
        g.dispose();
        return PageImages.grey(image);
    }

    private static void compare(Path source) throws Exception {
        String name = source.getFileName().toString().replaceFirst("\\.md$", "");
        Path pdf = OUT.resolve(name + ".pdf");
        Files.createDirectories(OUT);
        Pattern earlier = Pattern.compile(Pattern.quote(name) + "-\\d+\\.(actual|diff)\\.png");
        try (Stream<Path> files = Files.list(OUT)) {
            for (Path file : files.filter(f -> earlier.matcher(f.getFileName().toString()).matches()).toList()) {
                Files.delete(file);
            }
        }
        Files.write(pdf, RENDERER.render(source.toString(), Files.readAllBytes(source), source.getParent()).pdf());
        List<BufferedImage> pages = PageImages.render(pdf, OUT.resolve("work").resolve(name));
        if (ACCEPT) {
            accept(name, pages);
            return;
        }
        List<String> failures = new ArrayList<>();
        int referencePages = referenceCount(name);
        if (referencePages != pages.size()) {
            failures.add(pages.size() + " pages, the reference has " + referencePages);
        }
        for (int n = 1; n <= pages.size(); n++) {
            Path reference = reference(name, n);
            BufferedImage actual = pages.get(n - 1);
            Path actualFile = OUT.resolve(name + "-" + n + ".actual.png");
            if (!Files.exists(reference)) {
                write(actual, actualFile);
                failures.add("page " + n + " has no reference: see " + actualFile);
                continue;
            }
            Difference difference = Difference.of(ImageIO.read(reference.toFile()), actual);
            if (difference.fails()) {
                Path diffFile = OUT.resolve(name + "-" + n + ".diff.png");
                write(actual, actualFile);
                write(difference.image(), diffFile);
                failures.add("page " + n + " differs in " + difference.changed() + " of " + difference.total()
                        + " pixels: see " + actualFile + " and " + diffFile);
            }
        }
        if (!failures.isEmpty()) {
            fail(name + " (" + pdf + "): " + String.join("; ", failures)
                    + ". If the change is intended, accept it: mvn -q test -Dtest=VisualRegressionTest -Dvisual.accept=true");
        }
    }

    private static void accept(String name, List<BufferedImage> pages) throws IOException {
        Files.createDirectories(REFERENCES);
        for (int n = 1; n <= Math.max(pages.size(), referenceCount(name)); n++) {
            if (n <= pages.size()) {
                write(pages.get(n - 1), reference(name, n));
            } else {
                Files.delete(reference(name, n));
            }
        }
    }

    private static int referenceCount(String name) {
        int n = 0;
        while (Files.exists(reference(name, n + 1))) {
            n++;
        }
        return n;
    }

    private static Path reference(String name, int page) {
        return REFERENCES.resolve(name + "-" + page + ".png");
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }

    /** How two renderings of a page differ: the pixels that changed, and a picture of where. */
    record Difference(int changed, int total, BufferedImage image) {
        static Difference of(BufferedImage reference, BufferedImage actual) {
            int width = Math.max(reference.getWidth(), actual.getWidth());
            int height = Math.max(reference.getHeight(), actual.getHeight());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int changed = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    boolean inBoth = x < reference.getWidth() && y < reference.getHeight()
                            && x < actual.getWidth() && y < actual.getHeight();
                    int before = x < reference.getWidth() && y < reference.getHeight() ? PageImages.level(reference, x, y) : 255;
                    if (!inBoth || Math.abs(before - PageImages.level(actual, x, y)) > LEVELS) {
                        changed++;
                        image.setRGB(x, y, 0xd00000);
                    } else {
                        int faded = 128 + before / 2;
                        image.setRGB(x, y, faded << 16 | faded << 8 | faded);
                    }
                }
            }
            return new Difference(changed, width * height, image);
        }

        boolean fails() {
            return changed > total * CHANGED_SHARE;
        }
    }
}
