package org.handout.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A multipart/form-data body written by hand, as a browser or curl sends it (the JDK's client has no helper). Public
 * for the load test in src/bench.
 */
public final class Multipart {
    private static final String BOUNDARY = "handout-test-boundary-7d2f";
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A part with a file name, such as the Markdown or an image. */
    public Multipart file(String field, String fileName, String contentType, byte[] content) {
        return part("form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"", contentType, content);
    }

    /** A plain form field, without a file name. */
    public Multipart field(String field, String value) {
        return part("form-data; name=\"" + field + "\"", null, value.getBytes(StandardCharsets.UTF_8));
    }

    private Multipart part(String disposition, String contentType, byte[] content) {
        text("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n");
        if (contentType != null) {
            text("Content-Type: " + contentType + "\r\n");
        }
        text("\r\n");
        body.writeBytes(content);
        text("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    private void text(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
