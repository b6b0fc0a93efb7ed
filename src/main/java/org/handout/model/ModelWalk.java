package org.handout.model;

import java.util.List;

/**
 * A walk that looks at a document without changing it: by default it enters every block and every
 * inline that holds others, and passes leaves by. A subclass overrides the nodes it looks for (and
 * calls the default to go on inside them). Every node type has its rule here, so a new type is
 * entered once, in this class, by every walk built on it.
 */
public abstract class ModelWalk implements Block.Visitor<Void>, Inline.Visitor<Void> {

    public void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    public void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    /** The body, the notes and the disclaimer, in reading order. */
    public void document(Document document) {
        blocks(document.body());
        for (FootnoteDefinition note : document.footnotes()) {
            blocks(note.content());
        }
        if (document.disclaimer() != null) {
            blocks(document.disclaimer().content());
        }
    }

    @Override
    public Void heading(Block.Heading heading) {
        inlines(heading.content());
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        inlines(paragraph.content());
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        return figure.image().accept(this);
    }

    @Override
    public Void list(Block.ListBlock list) {
        for (Block.ListItem item : list.items()) {
            blocks(item.content());
        }
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
        inlines(table.caption());
        for (Block.Cell c : table.header()) {
            inlines(c.content());
        }
        for (List<Block.Cell> row : table.rows()) {
            for (Block.Cell c : row) {
                inlines(c.content());
            }
        }
        return null;
    }

    @Override
    public Void rawHtml(Block.RawHtml html) {
        return null;
    }

    @Override
    public Void bibliography(Block.Bibliography bibliography) {
        for (BibliographyEntry e : bibliography.entries()) {
            inlines(e.content());
        }
        return null;
    }

    @Override
    public Void section(Block.Section section) {
        section.heading().accept(this);
        blocks(section.content());
        return null;
    }

    @Override
    public Void text(Inline.Text text) {
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        inlines(emphasis.content());
        return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
        inlines(strong.content());
        return null;
    }

    @Override
    public Void strikethrough(Inline.Strikethrough strikethrough) {
        inlines(strikethrough.content());
        return null;
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
        inlines(link.content());
        return null;
    }

    @Override
    public Void image(Inline.Image image) {
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
        inlines(superscript.content());
        return null;
    }

    @Override
    public Void citation(Inline.Citation citation) {
        inlines(citation.content());
        return null;
    }

    @Override
    public Void span(Inline.Span span) {
        inlines(span.content());
        return null;
    }
}
