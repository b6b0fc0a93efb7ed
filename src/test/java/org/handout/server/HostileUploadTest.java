package org.handout.server;

import static org.handout.server.ApiTest.FRONT;
import static org.handout.server.ApiTest.MARKDOWN;
import static org.handout.server.ApiTest.assertError;
import static org.handout.server.ApiTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uploads meant to harm: names that climb out of the request's folder, a source that points outside it, a PNG that
 * would decompress to gigabytes, 10,000 nested lists, a malformed body. Each is refused or rendered safely, nothing
 * lands outside the request's folder, and the server still answers afterwards.
 */
class HostileUploadTest {
    @TempDir
    static Path root;
    static Path work;
    static Served served;

    @BeforeAll
    static void start() throws IOException {
        work = Files.createDirectories(root.resolve("work"));
        Files.write(root.resolve("secret.png"), png(4, 4));
        served = Served.start(Served.settings(work).build());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @AfterEach
    void theServerStillAnswersAndKeptNothing() throws Exception {
        assertEquals(200, served.get("/health").statusCode());
        try (var left = Files.list(work)) {
            assertEquals(List.of(), left.toList());
        }
        try (var files = Files.list(root)) {
            assertEquals(List.of(root.resolve("secret.png"), work), files.sorted().toList(), "nothing written beside");
        }
        assertEquals("", served.log.toString(), "no internal error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.png", "../../evil.png", "a/../../evil.png", "/tmp/evil.png", "..\\evil.png",
            "C:evil.png", "images//evil.png", "./evil.png", "images/./evil.png", "..", "images/"})
    void aNameThatLeavesTheFolderIsRefused(String name) throws Exception {
        Multipart form = new Multipart().file("source", "a.md", "text/markdown", bytes(FRONT + "![x](evil.png)\n"))
                .file("file", name, "image/png", png(4, 4));
        assertError(400, "is not allowed", served.post("/render", form));
    }

    @Test
    void aSourcePointingOutsideItsFolderIs422() throws Exception {
        Multipart form = new Multipart().file("source", "a.md", "text/markdown",
                bytes(FRONT + "![x](../../secret.png)\n\n![y](" + root.resolve("secret.png").toUri().getPath() + ")\n"))
                .file("file", "ok.png", "image/png", png(4, 4));
        HttpResponse<byte[]> response = served.post("/render", form);
        assertEquals(422, response.statusCode());
        JsonNode errors = Served.json(response).get("errors");
        assertEquals(2, errors.size());
        for (JsonNode error : errors) {
            assertTrue(error.get("message").asText().contains("lies outside the resource folder"), error.toString());
        }
    }

    @Test
    void twoFilesOfTheSameNameAreRefused() throws Exception {
        Multipart form = new Multipart().file("source", "a.md", "text/markdown", bytes(FRONT + "Text.\n"))
                .file("file", "x.png", "image/png", png(4, 4)).file("file", "x.png", "image/png", png(4, 4));
        assertError(400, "two files are named 'x.png'", served.post("/render", form));
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] bomb = grayPng(20_000, 20_000);
        assertTrue(bomb.length < 1_000_000, "400 million pixels in " + bomb.length + " bytes");
        Multipart form = new Multipart().file("source", "a.md", "text/markdown", bytes(FRONT + "![Bomb](bomb.png)\n"))
                .file("file", "bomb.png", "image/png", bomb);
        HttpResponse<byte[]> response = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> served.post("/render", form));
        assertEquals(422, response.statusCode());
        assertEquals("image 'bomb.png' has 20000×20000 pixels, more than the limit of 40000000",
                Served.json(response).get("errors").get(0).get("message").asText());
    }

    @Test
    void tenThousandNestedListsRenderFlattened() throws Exception {
        HttpResponse<byte[]> response = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> served.post("/render", MARKDOWN, bytes(FRONT + "- ".repeat(10_000) + "deep\n")));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Handout-Warnings").orElseThrow().contains("flattened"));
        HttpResponse<byte[]> preview = served.post("/preview", new Multipart()
                .file("source", "deep.md", "text/markdown", bytes(FRONT + "1. ".repeat(10_000) + "deep\n")));
        assertEquals(200, preview.statusCode());
    }

    @Test
    void aMalformedOrOverfullMultipartBodyIs400() throws Exception {
        byte[] unterminated = ("--b\r\nContent-Disposition: form-data; name=\"source\"; filename=\"a.md\"\r\n\r\n"
                + "# Title").getBytes(StandardCharsets.UTF_8);
        assertError(400, "cannot be read", served.post("/render", "multipart/form-data; boundary=b", unterminated));
        Multipart many = new Multipart().file("source", "a.md", "text/markdown", bytes(FRONT + "Text.\n"));
        for (int i = 0; i < 250; i++) {
            many.file("file", "f" + i + ".png", "image/png", new byte[1]);
        }
        assertError(400, "more than 200 parts", served.post("/render", many));
        assertError(400, "no part named 'source'", served.post("/render",
                new Multipart().file("file", "x.png", "image/png", new byte[1])));
        assertError(400, "has no file name", served.post("/render", new Multipart()
                .file("source", "a.md", "text/markdown", bytes(FRONT + "Text.\n")).field("note", "hello")));
    }

    @Test
    void theSourceAsAPlainFieldRendersToo() throws Exception {
        HttpResponse<byte[]> response = served.post("/render?format=html&name=field.md",
                new Multipart().field("source", FRONT + "# Title\n\nText.\n"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().contains("field.html"));
        assertFalse(new String(response.body(), StandardCharsets.UTF_8).isEmpty());
    }

    private static byte[] png(int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A valid 8-bit grey PNG of black pixels: tiny on the wire, {@code width × height} bytes once inflated. */
    private static byte[] grayPng(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, 0, 0, 0, 0});
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
