package org.handout.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.RenderFailure;
import org.handout.model.SourcePos;

/** Decodes source bytes as strict UTF-8 (a BOM is accepted), reporting the first bad byte. */
public final class SourceText {
    private SourceText() {}

    public static String decode(byte[] bytes, Diagnostics diagnostics) throws RenderFailure {
        int offset = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            diagnostics.error(positionOf(bytes, offset, in.position()),
                    "invalid UTF-8 byte 0x%02X: the source must be UTF-8".formatted(bytes[in.position()] & 0xff));
            diagnostics.failOnErrors();
        }
        decoder.flush(out);
        out.flip();
        warnAboutNul(bytes, offset, diagnostics);
        return out.toString();
    }

    /** CommonMark replaces NUL with U+FFFD; say so, since a NUL usually means a binary or UTF-16 file. */
    private static void warnAboutNul(byte[] bytes, int start, Diagnostics diagnostics) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.warn(positionOf(bytes, start, i), "NUL character is shown as U+FFFD "
                        + "(the replacement character); is this a text file in UTF-8?");
                return;
            }
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** Line and column (in characters) of byte {@code index}, counting from {@code start}. */
    private static SourcePos positionOf(byte[] bytes, int start, int index) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String prefix = new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8);
        return new SourcePos(line, prefix.codePointCount(0, prefix.length()) + 1);
    }
}
