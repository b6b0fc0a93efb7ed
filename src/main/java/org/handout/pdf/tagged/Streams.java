package org.handout.pdf.tagged;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/** Stream objects and bundled resources for the PDF. */
final class Streams {
    private Streams() {}

    /** A Flate-compressed stream holding {@code data}. */
    static COSStream flate(byte[] data) throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        return stream;
    }

    /** A resource next to this class, read whole. */
    static byte[] resource(String name) {
        try (InputStream in = Streams.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
