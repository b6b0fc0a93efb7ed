package org.handout.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.handout.digest.Sha256;
import org.handout.model.Author;
import org.handout.model.CitedWork;
import org.handout.model.Metadata;
import org.handout.model.InlineText;
import org.handout.theme.HouseStyle;

/**
 * The head element. The Content-Security-Policy allows only the page's own style sheets (by hash:
 * ours, and a house style's), its JSON-LD data block (by hash) and embedded images, so even markup
 * that slipped past the sanitizer could neither run script nor fetch anything. The data block is
 * never executed, but browsers that check a script element's policy before its type (Chromium 86,
 * some Firefox releases) report a violation for it on every page unless its hash is allowed.
 */
final class Head {
    private static final String CSS = load("handout.css");
    /**
     * The policy's source for the style sheet, {@code 'sha256-…'}, hashed by the build (src/build/StyleHash.java):
     * our SHA-256 runs interpreted in a cold start, 4 ms for the sheet's 7 KB.
     */
    static final String STYLE_SOURCE = load("handout.css.sha256");

    private Head() {}

    /** {@code house} is the house style, or null. */
    static void render(Metadata meta, String lang, List<CitedWork> citations, HouseStyle house, StringBuilder out) {
        String houseCss = house == null ? null : ThemeStyle.css(house);
        String data = JsonLd.of(meta, lang, citations);
        out.append("<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(policy(houseCss, house != null && ThemeStyle.hasFonts(house), data)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(Escape.html(InlineText.label(meta.title()))).append("</title>\n");
        meta(out, "description", meta.description());
        if (meta.authors() != null && !meta.authors().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Author author : meta.authors()) {
                names.add(author.name());
            }
            meta(out, "author", String.join(", ", names));
        }
        if (meta.keywords() != null && !meta.keywords().isEmpty()) {
            meta(out, "keywords", String.join(", ", meta.keywords()));
        }
        meta(out, "dcterms.date", meta.date());
        meta(out, "dcterms.modified", meta.reviewed());
        meta(out, "dcterms.rights", meta.rights());
        meta(out, "dcterms.publisher", house == null ? null : house.name());
        out.append("<script type=\"application/ld+json\">").append(data).append("</script>\n")
                .append("<style>").append(CSS).append("</style>\n");
        if (houseCss != null) {
            out.append("<style>").append(houseCss).append("</style>\n");
        }
        out.append("</head>\n");
    }

    /**
     * A house style's sheet is allowed by its hash, its fonts (embedded) as data: URLs, and the
     * page's JSON-LD data block by its hash.
     */
    private static String policy(String houseCss, boolean fonts, String data) {
        return "default-src 'none'; img-src data:; style-src " + STYLE_SOURCE
                + (houseCss == null ? "" : " " + source(houseCss)) + (fonts ? "; font-src data:" : "")
                + "; script-src " + source(data) + "; base-uri 'none'; form-action 'none'";
    }

    private static void meta(StringBuilder out, String name, String content) {
        if (content != null && !content.isBlank()) {
            out.append("<meta name=\"").append(name).append("\" content=\"").append(Escape.html(content)).append("\">\n");
        }
    }

    private static String load(String name) {
        try (InputStream in = Head.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Content-Security-Policy source that allows this inline text: {@code 'sha256-…'}. */
    static String source(String inline) {
        byte[] hash = Sha256.hash(inline.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'";
    }
}
