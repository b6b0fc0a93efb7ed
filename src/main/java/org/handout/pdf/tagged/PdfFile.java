package org.handout.pdf.tagged;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.handout.digest.Sha256;

/**
 * Serializes a COS object graph as a PDF file with a classic cross-reference table. Ours rather
 * than PDFBox's COSWriter, which took an eighth of a warm render (its cross-reference bookkeeping
 * is built for incremental updates and signatures, which a new file never needs).
 *
 * <p>As in PDFBox, streams and dictionaries are indirect objects unless marked direct, arrays and
 * scalars are written in place. Objects are numbered in the order they are first reached from the
 * trailer, so the same graph always gives the same bytes. The layout keeps to what PDF/A asks of
 * a file: a binary comment after the header, EOL after "obj" and "stream", exact stream lengths,
 * 20-byte cross-reference entries and nothing after %%EOF but an EOL.
 */
final class PdfFile {
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final List<COSBase> objects = new ArrayList<>();
    private final Deque<COSBase> pending = new ArrayDeque<>();
    /** Where bytes go: the trailer's entries are written first, to a buffer of their own, so that /Root is object 1. */
    private Output out = new Output();

    private PdfFile() {}

    /** The file for {@code trailer} (which holds /Root and, before PDF 2.0, /Info); the /ID is computed here. */
    static byte[] write(COSDictionary trailer, float version) throws IOException {
        return new PdfFile().run(trailer, version);
    }

    private byte[] run(COSDictionary trailer, float version) throws IOException {
        Output trailerEntries = out;
        for (Map.Entry<COSName, COSBase> entry : trailer.entrySet()) {
            if (!COSName.SIZE.equals(entry.getKey()) && !COSName.ID.equals(entry.getKey())) {
                name(entry.getKey());
                out.byteOf(' ');
                value(entry.getValue());
                out.byteOf('\n');
            }
        }
        out = new Output();
        out.ascii("%PDF-" + (version >= 2 ? "2.0" : String.valueOf(version)) + "\n");
        out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        List<Integer> offsets = new ArrayList<>();
        while (!pending.isEmpty()) {
            COSBase object = pending.poll();
            offsets.add(out.size());
            out.ascii(numbers.get(object) + " 0 obj\n");
            if (object instanceof COSStream stream) {
                stream(stream);
            } else {
                value(object, true);
            }
            out.ascii("\nendobj\n");
        }
        byte[] id = Arrays.copyOf(out.identity(), 16);
        long xref = out.size();
        StringBuilder table = new StringBuilder(20 * (offsets.size() + 1) + 32);
        table.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f\r\n");
        for (int offset : offsets) {
            String digits = Integer.toString(offset);
            table.append("0".repeat(10 - digits.length())).append(digits).append(" 00000 n\r\n");
        }
        out.ascii(table.toString());
        out.ascii("trailer\n<<\n/Size " + (offsets.size() + 1) + "\n");
        out.write(trailerEntries.bytes());
        out.ascii("/ID [");
        string(id);
        string(id);
        out.ascii("]\n");
        out.ascii(">>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.bytes();
    }

    private void value(COSBase value) throws IOException {
        value(value, false);
    }

    /** Writes a value in place, or a reference when it is an indirect object other than the one being written. */
    private void value(COSBase value, boolean itself) throws IOException {
        COSBase resolved = value instanceof COSObject reference ? reference.getObject() : value;
        if (resolved == null || resolved instanceof COSNull) {
            out.ascii("null");
        } else if (!itself && isIndirect(resolved, value instanceof COSObject)) {
            out.ascii(number(resolved) + " 0 R");
        } else if (resolved instanceof COSDictionary dictionary) {
            dictionary(dictionary, null);
        } else if (resolved instanceof COSArray array) {
            out.byteOf('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.byteOf(' ');
                }
                value(array.get(i));
            }
            out.byteOf(']');
        } else if (resolved instanceof COSName name) {
            name(name);
        } else if (resolved instanceof COSString string) {
            string(string.getBytes());
        } else if (resolved instanceof COSInteger integer) {
            out.ascii(Long.toString(integer.longValue()));
        } else if (resolved instanceof COSFloat real) {
            out.ascii(new BigDecimal(Float.toString(real.floatValue())).stripTrailingZeros().toPlainString());
        } else if (resolved instanceof COSBoolean bool) {
            out.ascii(bool.getValue() ? "true" : "false");
        } else {
            throw new IOException("cannot write a " + resolved.getClass().getSimpleName());
        }
    }

    private static boolean isIndirect(COSBase value, boolean referenced) {
        return value instanceof COSStream || referenced || value instanceof COSDictionary && !value.isDirect();
    }

    private int number(COSBase object) {
        Integer number = numbers.get(object);
        if (number == null) {
            number = objects.size() + 1;
            numbers.put(object, number);
            objects.add(object);
            pending.add(object);
        }
        return number;
    }

    private void dictionary(COSDictionary dictionary, String length) throws IOException {
        out.ascii("<<");
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (length != null && COSName.LENGTH.equals(entry.getKey())) {
                continue;
            }
            out.byteOf('\n');
            name(entry.getKey());
            out.byteOf(' ');
            value(entry.getValue());
        }
        if (length != null) {
            out.ascii("\n/Length " + length);
        }
        out.ascii("\n>>");
    }

    private void stream(COSStream stream) throws IOException {
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readAllBytes();
        }
        dictionary(stream, Integer.toString(data.length));
        out.ascii("\nstream\n");
        out.writeStreamData(data);
        out.ascii("\nendstream");
    }

    /** A name, with '#' escapes for delimiters, white space and bytes outside printable ASCII. */
    private void name(COSName name) {
        out.byteOf('/');
        for (byte b : name.getBytes()) {
            int c = b & 0xff;
            if (c > 32 && c < 127 && "()<>[]{}/%#".indexOf(c) < 0) {
                out.byteOf(c);
            } else {
                out.byteOf('#');
                out.byteOf(Hex.DIGITS[c >> 4]);
                out.byteOf(Hex.DIGITS[c & 0xf]);
            }
        }
    }

    /** A literal string when every byte is printable ASCII, else a hexadecimal one. */
    private void string(byte[] bytes) {
        boolean printable = true;
        for (byte b : bytes) {
            if (b < 32 || b > 126) {
                printable = false;
                break;
            }
        }
        if (printable) {
            out.byteOf('(');
            for (byte b : bytes) {
                if (b == '(' || b == ')' || b == '\\') {
                    out.byteOf('\\');
                }
                out.byteOf(b);
            }
            out.byteOf(')');
        } else {
            out.byteOf('<');
            for (byte b : bytes) {
                out.byteOf(Hex.DIGITS[b >> 4 & 0xf]);
                out.byteOf(Hex.DIGITS[b & 0xf]);
            }
            out.byteOf('>');
        }
    }

    /** A growing byte buffer; unlike ByteArrayOutputStream it takes no lock for every byte. */
    private static final class Output {
        private byte[] buffer = new byte[64 * 1024];
        private int size;

        void byteOf(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        void write(byte[] bytes) {
            if (size + bytes.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes.length));
            }
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        void ascii(String text) {
            write(text.getBytes(StandardCharsets.US_ASCII));
        }

        int size() {
            return size;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }

        /** Stream data written so far: its start in the buffer, its length and its CRC-32, three ints each. */
        private int[] streams = new int[48];
        private int streamCount;

        void writeStreamData(byte[] data) {
            if (3 * streamCount + 3 > streams.length) {
                streams = Arrays.copyOf(streams, streams.length * 2);
            }
            CRC32 crc = new CRC32();
            crc.update(data);
            streams[3 * streamCount] = size;
            streams[3 * streamCount + 1] = data.length;
            streams[3 * streamCount + 2] = (int) crc.getValue();
            streamCount++;
            write(data);
        }

        /**
         * A SHA-256 of everything written so far, read as pieces (each stream's data, and the bytes before, between
         * and after the streams), each piece standing as its length and zlib's CRC-32. The file identifier is the
         * first half of it, so the same document always gets the same /ID and any change gives another. SHA-256 over
         * the bytes themselves ran as interpreted code in a cold start: over the fonts and pages 4 % of a long
         * document's, over the dictionaries (the structure tree, the outline) 8 ms of the sample's 300; CRC-32 is
         * native.
         */
        byte[] identity() {
            ByteBuffer summary = ByteBuffer.allocate(16 * streamCount + 8);
            int from = 0;
            for (int k = 0; k < streamCount; k++) {
                int start = streams[3 * k];
                piece(summary, start - from, crc(from, start - from));
                piece(summary, streams[3 * k + 1], streams[3 * k + 2]);
                from = start + streams[3 * k + 1];
            }
            piece(summary, size - from, crc(from, size - from));
            return Sha256.hash(summary.array());
        }

        private int crc(int from, int length) {
            CRC32 crc = new CRC32();
            crc.update(buffer, from, length);
            return (int) crc.getValue();
        }

        private static void piece(ByteBuffer summary, int length, int crc) {
            summary.putInt(length).putInt(crc);
        }
    }
}
