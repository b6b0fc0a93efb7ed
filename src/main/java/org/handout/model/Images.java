package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/** Finds every image in a document (body, notes and disclaimer), in reading order. */
public final class Images implements Block.Visitor<Void>, Inline.Visitor<Void> {
    private final List<Inline.Image> found = new ArrayList<>();

    private Images() {}

    public static List<Inline.Image> in(Document document) {
        Images images = new Images();
        images.blocks(document.body());
        for (FootnoteDefinition note : document.footnotes()) {
            images.blocks(note.content());
        }
        if (document.disclaimer() != null) {
            images.blocks(document.disclaimer().content());
        }
        return images.found;
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
    }

    private Void inlines(List<Inline> inlines) {
        inlines.forEach(i -> i.accept(this));
        return null;
    }

    @Override
    public Void heading(Block.Heading heading) {
        return inlines(heading.content());
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        return inlines(paragraph.content());
    }

    @Override
    public Void figure(Block.Figure figure) {
        found.add(figure.image());
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        list.items().forEach(item -> blocks(item.content()));
        return null;
    }

    @Override
    public Void quote(Block.BlockQuote quote) {
        blocks(quote.content());
        return null;
    }

    @Override
    public Void code(Block.CodeBlock code) {
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        table.header().forEach(c -> inlines(c.content()));
        table.rows().forEach(row -> row.forEach(c -> inlines(c.content())));
        return null;
    }

    /** Raw HTML images are removed by the sanitizer and never loaded. */
    @Override
    public Void rawHtml(Block.RawHtml html) {
        return null;
    }

    @Override
    public Void bibliography(Block.Bibliography bibliography) {
        bibliography.entries().forEach(e -> inlines(e.content()));
        return null;
    }

    @Override
    public Void section(Block.Section section) {
        heading(section.heading());
        blocks(section.content());
        return null;
    }

    @Override
    public Void text(Inline.Text text) {
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        return inlines(emphasis.content());
    }

    @Override
    public Void strong(Inline.Strong strong) {
        return inlines(strong.content());
    }

    @Override
    public Void strikethrough(Inline.Strikethrough strikethrough) {
        return inlines(strikethrough.content());
    }

    @Override
    public Void code(Inline.Code code) {
        return null;
    }

    @Override
    public Void softBreak(Inline.SoftBreak softBreak) {
        return null;
    }

    @Override
    public Void hardBreak(Inline.HardBreak hardBreak) {
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        return inlines(link.content());
    }

    @Override
    public Void image(Inline.Image image) {
        found.add(image);
        return null;
    }

    @Override
    public Void rawHtml(Inline.RawHtml html) {
        return null;
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        return null;
    }

    @Override
    public Void superscript(Inline.Superscript superscript) {
        return inlines(superscript.content());
    }

    @Override
    public Void citation(Inline.Citation citation) {
        return inlines(citation.content());
    }

    @Override
    public Void span(Inline.Span span) {
        return inlines(span.content());
    }
}
