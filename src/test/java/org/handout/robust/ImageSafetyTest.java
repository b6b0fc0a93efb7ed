package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.handout.diagnostics.RenderFailure;
import org.handout.pdf.StructureText;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local images: inside the resource root only, real PNG/JPEG only, bounded pixels, remote never fetched. */
class ImageSafetyTest {
    @TempDir
    Path dir;
    Path docs;

    @BeforeEach
    void layout() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.write(dir.resolve("secret.png"), png(4, 4));
        Files.write(docs.resolve("ok.png"), png(4, 4));
    }

    @Test
    void goodImageInsideTheFolderLoads() throws Exception {
        Renderer.Result result = render(false, "![Hands](ok.png)");
        assertEquals(1, result.document().images().size());
    }

    @Test
    void dotDotEscapeIsRefused() {
        assertError("![x](../secret.png)", "test.md:5:1: error: image '../secret.png' lies outside the resource folder");
        assertError("![x](%2e%2e/secret.png)", "test.md:5:1: error: image '%2e%2e/secret.png' lies outside the resource folder");
        assertError("![x](" + dir.resolve("secret.png").toUri().getPath() + ")", "lies outside the resource folder");
    }

    @Test
    void symbolicLinkEscapeIsRefused() throws IOException {
        Files.createSymbolicLink(docs.resolve("link.png"), dir.resolve("secret.png"));
        Files.createSymbolicLink(docs.resolve("up"), dir);
        assertError("![x](link.png)", "test.md:5:1: error: image 'link.png' lies outside the resource folder (through a symbolic link)");
        assertError("![x](up/secret.png)", "lies outside the resource folder (through a symbolic link)");
    }

    @Test
    void remoteImageIsAnErrorOrWithKeepGoingAWarningAndAltText() throws Exception {
        assertError("![Chart](https://example.org/chart.png)",
                "test.md:5:1: error: image 'https://example.org/chart.png' is remote; images are never fetched"
                        + " from the network: save it next to the source");
        assertError("![Chart](//example.org/chart.png)", "is remote");
        Renderer.Result kept = render(true, "![Chart of doses](https://example.org/chart.png)");
        assertTrue(Pipeline.mentions(kept.diagnostics(), "is remote"));
        assertTrue(kept.document().images().isEmpty());
        assertTrue(Pipeline.pdfText(kept.pdf()).contains("Chart of doses"));
    }

    @Test
    void decompressionBombIsRejectedFromItsHeaderAlone() throws IOException {
        byte[] bomb = png(1, 1);
        ByteBuffer.wrap(bomb).putInt(16, 100_000).putInt(20, 100_000);
        fixCrc(bomb, 12, 17);
        Files.write(docs.resolve("bomb.png"), bomb);
        assertTrue(bomb.length < 200, "the bomb is tiny on disk; only its header claims 10^10 pixels");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertError("![x](bomb.png)",
                "test.md:5:1: error: image 'bomb.png' has 100000×100000 pixels, more than the limit of 40000000"));
    }

    @Test
    void truncatedPngIsCorrupt() throws IOException {
        byte[] good = png(64, 64);
        Files.write(docs.resolve("cut.png"), Arrays.copyOf(good, good.length / 2));
        assertError("![x](cut.png)", "test.md:5:1: error: image 'cut.png' is a corrupt PNG file");
    }

    @Test
    void textRenamedToPngIsNotAnImage() throws IOException {
        Files.writeString(docs.resolve("notes.png"), "<svg onload=alert(1)>", StandardCharsets.UTF_8);
        assertError("![x](notes.png)", "test.md:5:1: error: image 'notes.png' is not a PNG or JPEG file");
    }

    @Test
    void missingImageNamesTheImageAndLine() throws Exception {
        assertError("Intro.\n\n![x](gone.png)", "test.md:7:1: error: image 'gone.png' was not found");
        Renderer.Result kept = render(true, "![Hand washing steps](gone.png)");
        assertTrue(Pipeline.messages(kept.diagnostics()).contains("test.md:5:1: warning: image 'gone.png' was not"
                + " found; its alt text is shown instead"));
        assertTrue(Pipeline.pdfText(kept.pdf()).contains("Hand washing steps"));
    }

    /**
     * A missing image (keep-going) says so in words, the same in both outputs and read once: in
     * the PDF as text, not as a Figure whose alternative repeats its visible words.
     */
    @Test
    void missingImageSaysSoOnceInBothOutputs() throws Exception {
        String body = "![Hand washing steps](gone.png)\n\nSee ![the ear](ear.png) here. ![](rule.png)";
        assertMissingOnce(render(true, body), List.of("[Figure: Hand washing steps] (image missing)",
                "[Figure: the ear] (image missing)"), "Hand washing steps");
        byte[] spanish = ("---\ntitle: Imágenes\nlang: es\n---\n\n![Lavado de manos](gone.png)\n").getBytes(StandardCharsets.UTF_8);
        Renderer.Result es = new Renderer(RenderOptions.defaults().withKeepGoing(true)).render("es.md", spanish, docs);
        assertMissingOnce(es, List.of("[Figura: Lavado de manos] (imagen no disponible)"), "Lavado de manos");
    }

    private static void assertMissingOnce(Renderer.Result result, List<String> placeholders, String alt) throws Exception {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(result.html());
        String page = html.selectFirst("main").text();
        String pdf = StructureText.read(result.pdf()).text();
        for (String placeholder : placeholders) {
            assertEquals(1, occurrences(page, placeholder), () -> "HTML: " + page);
            assertEquals(1, occurrences(pdf, placeholder), () -> "PDF: " + pdf);
        }
        assertEquals(1, occurrences(pdf, alt), () -> "PDF reads the alternative once: " + pdf);
        assertTrue(html.select("img, figure").isEmpty(), "no image or figure in the HTML");
        assertTrue(StructureText.read(result.pdf()).elements().stream().noneMatch(e -> e.type().equals("Figure")),
                "no Figure in the PDF");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void folderNamedLikeAnImageIsRefused() throws IOException {
        Files.createDirectories(docs.resolve("dir.png"));
        assertError("![x](dir.png)", "is not a regular file");
    }

    private Renderer.Result render(boolean keepGoing, String body) throws RenderFailure {
        byte[] bytes = (Pipeline.FRONT + body + "\n").getBytes(StandardCharsets.UTF_8);
        return new Renderer(RenderOptions.defaults().withKeepGoing(keepGoing)).render("test.md", bytes, docs);
    }

    private void assertError(String body, String expected) {
        RenderFailure failure = assertThrows(RenderFailure.class, () -> render(false, body));
        assertTrue(Pipeline.messages(failure.diagnostics()).stream().anyMatch(m -> m.contains(expected)),
                () -> Pipeline.messages(failure.diagnostics()).toString());
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(7);
        for (int i = 0; i < width * height; i++) {
            image.setRGB(i % width, i / width, noise.nextInt());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Recomputes the CRC of the chunk whose type starts at {@code typeOffset} with {@code dataLength}+4 bytes. */
    private static void fixCrc(byte[] png, int typeOffset, int typeAndDataLength) {
        CRC32 crc = new CRC32();
        crc.update(png, typeOffset, typeAndDataLength);
        ByteBuffer.wrap(png).putInt(typeOffset + typeAndDataLength, (int) crc.getValue());
    }
}
