package org.handout.model;

import java.util.List;
import java.util.regex.Pattern;

/** The plain text of inline content, as a screen reader would speak it. */
public final class InlineText implements Inline.Visitor<Void> {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final StringBuilder out = new StringBuilder();

    private InlineText() {}

    public static String of(List<Inline> inlines) {
        InlineText text = new InlineText();
        text.append(inlines);
        return text.out.toString();
    }

    /**
     * Text for a label that is read but never laid out (a bookmark, a section's title, a document
     * title in metadata): soft hyphens, which only matter at a line break, are left out, and white
     * space is one space.
     */
    public static String label(String text) {
        return SPACES.matcher(text.replace("\u00AD", "")).replaceAll(" ").strip();
    }

    public static String label(List<Inline> inlines) {
        return label(of(inlines));
    }

    private Void append(List<Inline> inlines) {
        for (Inline i : inlines) {
            i.accept(this);
        }
        return null;
    }

    @Override
    public Void text(Inline.Text text) {
        out.append(text.text());
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        return append(emphasis.content());
    }

    @Override
    public Void strong(Inline.Strong strong) {
        return append(strong.content());
    }

    @Override
    public Void strikethrough(Inline.Strikethrough strikethrough) {
        return append(strikethrough.content());
    }

    @Override
    public Void code(Inline.Code code) {
        out.append(code.text());
        return null;
    }

    @Override
    public Void softBreak(Inline.SoftBreak softBreak) {
        out.append(' ');
        return null;
    }

    @Override
    public Void hardBreak(Inline.HardBreak hardBreak) {
        out.append(' ');
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        return append(link.content());
    }

    @Override
    public Void image(Inline.Image image) {
        out.append(image.alt() == null ? "" : image.alt());
        return null;
    }

    /** A tag is markup, not words: the text between tags is Text of its own. */
    @Override
    public Void rawHtml(Inline.RawHtml html) {
        return null;
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        out.append(ref.number());
        return null;
    }

    @Override
    public Void superscript(Inline.Superscript superscript) {
        return append(superscript.content());
    }

    @Override
    public Void citation(Inline.Citation citation) {
        return append(citation.content());
    }

    @Override
    public Void span(Inline.Span span) {
        return append(span.content());
    }
}
