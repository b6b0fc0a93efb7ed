package org.handout.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.handout.html.HtmlWriter;
import org.handout.theme.HouseStyle;

/**
 * The editor: one page, its style and script inline, so that one request (with the token, where one is needed)
 * brings all of it. Its Content-Security-Policy allows exactly that style and script by hash, data: and blob:
 * images, requests to this server, and the handout's own style sheets (and a house style's fonts), because the
 * preview frame's srcdoc page lives under this policy as well as its own.
 */
final class EditorPage {
    private final byte[] html;
    private final String policy;

    /** {@code house}: the server's house style (every preview's), or null. */
    EditorPage(HouseStyle house) {
        String style = resource("editor.css");
        String script = resource("editor.js");
        html = resource("editor.html").replace("{{style}}", style).replace("{{script}}", script)
                .getBytes(StandardCharsets.UTF_8);
        policy = "default-src 'none'; script-src " + HtmlWriter.policySource(script) + "; style-src "
                + HtmlWriter.policySource(style) + " " + HtmlWriter.styleSources(house) + "; img-src data: blob:; "
                + (HtmlWriter.embedsFonts(house) ? "font-src data:; " : "")
                + "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    Reply reply() {
        return new Reply(200, "text/html; charset=utf-8", html, Map.of("Content-Security-Policy", policy));
    }

    private static String resource(String name) {
        try (InputStream in = EditorPage.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
