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
final class InlineRenderer implements Inline.Visitor<Void> {
    private final Context context;
    private final StringBuilder out;
    /** The raw elements opened by the run being written, innermost first. */
    private Deque<String> open = new ArrayDeque<>();

    InlineRenderer(Context context, StringBuilder out) {
        this.context = context;
        this.out = out;
    }

    void render(List<Inline> inlines) {
        Deque<String> outer = open;
        open = new ArrayDeque<>();
        for (Inline inline : inlines) {
            inline.accept(this);
        }
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
        open = outer;
    }

    @Override
    public Void text(Inline.Text t) {
        out.append(Escape.html(t.text()));
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis e) {
        return wrap("em", e.content());
    }

    @Override
    public Void strong(Inline.Strong s) {
        return wrap("strong", s.content());
    }

    @Override
    public Void strikethrough(Inline.Strikethrough s) {
        return wrap("del", s.content());
    }

    @Override
    public Void code(Inline.Code c) {
        out.append("<code>").append(Escape.html(c.text())).append("</code>");
        return null;
    }

    @Override
    public Void softBreak(Inline.SoftBreak softBreak) {
        out.append('\n');
        return null;
    }

    @Override
    public Void hardBreak(Inline.HardBreak hardBreak) {
        out.append("<br>\n");
        return null;
    }

    @Override
    public Void superscript(Inline.Superscript s) {
        return wrap("sup", s.content());
    }

    @Override
    public Void citation(Inline.Citation c) {
        out.append("<a href=\"#").append(Escape.html(c.entryId())).append("\" id=\"").append(Escape.html(c.id()))
                .append("\" role=\"doc-biblioref\">");
        render(c.content());
        out.append("</a>");
        return null;
    }

    private Void wrap(String tag, List<Inline> content) {
        out.append('<').append(tag).append('>');
        render(content);
        out.append("</").append(tag).append('>');
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        out.append("<a href=\"").append(Escape.url(link.destination())).append('"');
        if (showsItsAddress(link)) {
            out.append(" class=\"url\"");
        }
        if (link.title() != null && !link.title().isEmpty()) {
            out.append(" title=\"").append(Escape.html(link.title())).append('"');
        }
        out.append('>');
        render(link.content());
        out.append("</a>");
        return null;
    }

    /** A link whose text is its address: print must not repeat the address after it. */
    private static boolean showsItsAddress(Inline.Link link) {
        return link.content().size() == 1 && link.content().get(0) instanceof Inline.Text t
                && (link.destination().equals(t.text()) || link.destination().equals("mailto:" + t.text()));
    }

    /**
     * On a page an image is embedded from its checked file (the transforms turn one that could not
     * be loaded into words): the page never asks the network or the disk for anything.
     */
    @Override
    public Void image(Inline.Image image) {
        String alt = image.alt() == null ? "" : image.alt();
        ImageFile file = context.images.get(image.source());
        if (!context.reference && file == null) {
            throw new IllegalStateException("image " + image.source() + " is not loaded: run the transforms first");
        }
        String src = context.reference ? Escape.url(image.source()) : dataUrl(file);
        out.append("<img src=\"").append(src).append("\" alt=\"").append(Escape.html(alt)).append('"');
        if (image.title() != null && !image.title().isEmpty()) {
            out.append(" title=\"").append(Escape.html(image.title())).append('"');
        }
        if (file != null) {
            out.append(" width=\"").append(file.width()).append("\" height=\"").append(file.height()).append('"');
        }
        out.append('>');
        return null;
    }

    /** A checked image file, embedded: the page never asks the network or the disk for it. */
    static String dataUrl(ImageFile file) {
        return "data:" + file.kind().mimeType() + ";base64," + Base64.getEncoder().encodeToString(file.bytes());
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        out.append("<sup><a href=\"#fn-").append(ref.number()).append("\" id=\"").append(Escape.html(ref.id()))
                .append("\" role=\"doc-noteref\">").append(ref.number()).append("</a></sup>");
        return null;
    }

    @Override
    public Void span(Inline.Span span) {
        out.append("<span");
        if (span.lang() != null) {
            out.append(" lang=\"").append(Escape.html(span.lang())).append('"');
        }
        if (span.direction() != null) {
            out.append(" dir=\"").append(span.direction() == Inline.Direction.RTL ? "rtl" : "ltr").append('"');
        }
        out.append('>');
        render(span.content());
        out.append("</span>");
        return null;
    }

    @Override
    public Void rawHtml(Inline.RawHtml raw) {
        String closes = Sanitizer.closeTag(raw.html());
        if (closes != null) {
            if (open.contains(closes)) {
                String name;
                do {
                    name = open.pop();
                    out.append("</").append(name).append('>');
                } while (!name.equals(closes));
            }
            return null;
        }
        Element element = Sanitizer.openTag(raw.html(), raw.pos(), context.diagnostics);
        if (element == null) {
            return null;
        }
        out.append('<').append(element.normalName());
        for (Attribute attribute : element.attributes()) {
            out.append(' ').append(attribute.getKey()).append("=\"").append(Escape.html(attribute.getValue())).append('"');
        }
        out.append('>');
        if (!Sanitizer.VOID.contains(element.normalName())) {
            open.push(element.normalName());
        }
        return null;
    }
}
