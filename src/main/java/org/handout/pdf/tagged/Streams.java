package org.handout.pdf.tagged;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/** Stream objects and bundled resources for the PDF. */
final class Streams {
    /**
     * A deflater for each thread, reset after each stream: making one allocates and clears zlib's quarter megabyte of
     * state, which was a third of the time that a handout's ten streams took to deflate (issue 20). Render threads are
     * kept ({@code BigStack}), so one lasts a batch; the bytes are the same as a new deflater's.
     */
    private static final ThreadLocal<Deflater> DEFLATERS = new ThreadLocal<>() {
        @Override
        protected Deflater initialValue() {
            return new Deflater();
        }
    };

    private Streams() {}

    /**
     * A Flate-compressed stream holding {@code data}, deflated here at zlib's default level, as PDFBox's filter
     * would: its filter machinery (a factory of every filter, with AWT for the image ones, and a stream cache)
     * costs a cold start about 25 ms, for bytes that {@link PdfFile} only copies out.
     */
    static COSStream flate(byte[] data) {
        return flateEncoded(deflate(data));
    }

    /** A Flate-compressed stream of bytes deflated already (by {@link #deflate}). */
    static COSStream flateEncoded(byte[] deflated) {
        Encoded stream = new Encoded(deflated);
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = DEFLATERS.get();
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream encoded = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                encoded.write(buffer, 0, deflater.deflate(buffer));
            }
            return encoded.toByteArray();
        } finally {
            // Also lets go of the input, which may be a large attachment.
            deflater.reset();
        }
    }

    /** A stream holding {@code data} as it is. */
    static COSStream raw(byte[] data) {
        return new Encoded(data);
    }

    /** A stream whose bytes are encoded already (or need no encoding). */
    private static final class Encoded extends COSStream {
        private final byte[] bytes;

        Encoded(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public InputStream createRawInputStream() {
            return new ByteArrayInputStream(bytes);
        }
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
