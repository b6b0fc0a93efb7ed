package org.handout.html;

import java.nio.charset.StandardCharsets;

import org.handout.model.Json;

/** HTML and JSON escaping for text that comes from the source. */
final class Escape {
    private static final String URL_SAFE = ";/?:@&=+$,-_.!~*'()#";
    private static final String HEX = "0123456789ABCDEF";
    private Escape() {}

    /** Escapes text for element content and for double-quoted attribute values. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Percent-encodes what a URL may not hold literally (spaces, non-ASCII), leaving existing
     * escapes and reserved characters alone, as the CommonMark reference renderer does.
     */
    static String url(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%');
            } else if (b < 0x80 && (Character.isLetterOrDigit(b) || URL_SAFE.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            }
        }
        return html(out.toString());
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** A JSON string literal that is also safe inside a script element. */
    static String json(String text) {
        return Json.quote(text);
    }
}
