package org.handout.html;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;

import org.handout.model.ImageFile;
import org.handout.model.Inline;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Writes inline content. Raw inline HTML arrives one tag at a time; each run of inlines keeps its
 * own stack of the raw elements it opened and closes them at its end, and a closing tag that does
 * not match one of them is dropped, so raw tags can never unbalance the page.
 */
final class InlineRenderer {
    private final Context context;

    InlineRenderer(Context context) {
        this.context = context;
    }

    void render(List<Inline> inlines, StringBuilder out) {
        Deque<String> open = new ArrayDeque<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.RawHtml raw) {
                rawHtml(raw, open, out);
            } else {
                inline(inline, out);
            }
        }
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
    }

    private void inline(Inline inline, StringBuilder out) {
        if (inline instanceof Inline.Text t) {
            out.append(Escape.html(t.text()));
        } else if (inline instanceof Inline.Emphasis e) {
            wrap("em", e.content(), out);
        } else if (inline instanceof Inline.Strong s) {
            wrap("strong", s.content(), out);
        } else if (inline instanceof Inline.Strikethrough s) {
            wrap("del", s.content(), out);
        } else if (inline instanceof Inline.Code c) {
            out.append("<code>").append(Escape.html(c.text())).append("</code>");
        } else if (inline instanceof Inline.SoftBreak) {
            out.append('\n');
        } else if (inline instanceof Inline.HardBreak) {
            out.append("<br>\n");
        } else if (inline instanceof Inline.Link l) {
            link(l, out);
        } else if (inline instanceof Inline.Image i) {
            image(i, out);
        } else if (inline instanceof Inline.FootnoteRef f) {
            footnoteRef(f, out);
        } else if (inline instanceof Inline.Span s) {
            span(s, out);
        } else if (inline instanceof Inline.Superscript s) {
            wrap("sup", s.content(), out);
        } else if (inline instanceof Inline.Citation c) {
            out.append("<a href=\"#").append(Escape.html(c.entryId())).append("\" id=\"").append(Escape.html(c.id()))
                    .append("\" role=\"doc-biblioref\">");
            render(c.content(), out);
            out.append("</a>");
        }
    }

    private void wrap(String tag, List<Inline> content, StringBuilder out) {
        out.append('<').append(tag).append('>');
        render(content, out);
        out.append("</").append(tag).append('>');
    }

    private void link(Inline.Link link, StringBuilder out) {
        out.append("<a href=\"").append(Escape.url(link.destination())).append('"');
        if (showsItsAddress(link)) {
            out.append(" class=\"url\"");
        }
        if (link.title() != null && !link.title().isEmpty()) {
            out.append(" title=\"").append(Escape.html(link.title())).append('"');
        }
        out.append('>');
        render(link.content(), out);
        out.append("</a>");
    }

    /** A link whose text is its address: print must not repeat the address after it. */
    private static boolean showsItsAddress(Inline.Link link) {
        return link.content().size() == 1 && link.content().get(0) instanceof Inline.Text t
                && (link.destination().equals(t.text()) || link.destination().equals("mailto:" + t.text()));
    }

    /**
     * On a page an image is embedded from its checked file, or shown as its text when there is
     * none: the page never asks the network or the disk for anything.
     */
    void image(Inline.Image image, StringBuilder out) {
        String alt = image.alt() == null ? "" : image.alt();
        ImageFile file = context.images.get(image.source());
        if (!context.reference && file == null) {
            if (!image.decorative()) {
                out.append("<span class=\"image-missing\">").append(Escape.html(alt)).append("</span>");
            }
            return;
        }
        String src = context.reference ? Escape.url(image.source())
                : "data:" + file.kind().mimeType() + ";base64," + Base64.getEncoder().encodeToString(file.bytes());
        out.append("<img src=\"").append(src).append("\" alt=\"").append(Escape.html(alt)).append('"');
        if (image.title() != null && !image.title().isEmpty()) {
            out.append(" title=\"").append(Escape.html(image.title())).append('"');
        }
        if (file != null) {
            out.append(" width=\"").append(file.width()).append("\" height=\"").append(file.height()).append('"');
        }
        out.append('>');
    }

    private void footnoteRef(Inline.FootnoteRef ref, StringBuilder out) {
        int call = context.callNote(ref.number());
        String id = Footnotes.refId(ref.number(), call);
        out.append("<sup><a href=\"#fn-").append(ref.number()).append("\" id=\"").append(id)
                .append("\" role=\"doc-noteref\">").append(ref.number()).append("</a></sup>");
    }

    private void span(Inline.Span span, StringBuilder out) {
        out.append("<span");
        if (span.lang() != null) {
            out.append(" lang=\"").append(Escape.html(span.lang())).append('"');
        }
        if (span.direction() != null) {
            out.append(" dir=\"").append(span.direction() == Inline.Direction.RTL ? "rtl" : "ltr").append('"');
        }
        out.append('>');
        render(span.content(), out);
        out.append("</span>");
    }

    private void rawHtml(Inline.RawHtml raw, Deque<String> open, StringBuilder out) {
        String closes = Sanitizer.closeTag(raw.html());
        if (closes != null) {
            if (open.contains(closes)) {
                String name;
                do {
                    name = open.pop();
                    out.append("</").append(name).append('>');
                } while (!name.equals(closes));
            }
            return;
        }
        Element element = Sanitizer.openTag(raw.html(), raw.pos(), context.diagnostics);
        if (element == null) {
            return;
        }
        out.append('<').append(element.normalName());
        for (Attribute attribute : element.attributes()) {
            out.append(' ').append(attribute.getKey()).append("=\"").append(Escape.html(attribute.getValue())).append('"');
        }
        out.append('>');
        if (!Sanitizer.VOID.contains(element.normalName())) {
            open.push(element.normalName());
        }
    }
}
