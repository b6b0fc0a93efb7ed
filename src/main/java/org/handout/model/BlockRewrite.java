package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A rewrite of a document's blocks: by default every block is rebuilt around its rewritten
 * children, and every list of inlines (in headings, paragraphs, cells, reference entries) goes
 * through {@link #inlines}, with the position of the block it belongs to. Subclasses override the
 * blocks they change. Every block type has its rule here, so a new type is handled once, in this
 * class, for every rewrite.
 */
public abstract class BlockRewrite implements Block.Visitor<Block> {

    /** A rewrite of inline content only: {@code rewrite} gets each list of inlines. */
    public static BlockRewrite ofInlines(InlineRewrite rewrite) {
        return new BlockRewrite() {
            @Override
            protected List<Inline> inlines(List<Inline> inlines, SourcePos pos) {
                return rewrite.rewrite(inlines);
            }
        };
    }

    /** The document with its body, its notes and its disclaimer rewritten, in reading order. */
    public Document document(Document document) {
        List<FootnoteDefinition> notes = new ArrayList<>();
        List<Block> body = blocks(document.body());
        for (FootnoteDefinition note : document.footnotes()) {
            notes.add(new FootnoteDefinition(note.label(), note.number(), blocks(note.content()), note.calls(), note.pos()));
        }
        Disclaimer disclaimer = document.disclaimer();
        if (disclaimer != null) {
            disclaimer = new Disclaimer(disclaimer.heading(), blocks(disclaimer.content()), disclaimer.lang(),
                    disclaimer.origin());
        }
        return document.withContent(body, notes, disclaimer);
    }

    public List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block.accept(this));
        }
        return out;
    }

    /** Rewrites one list of inline content; {@code pos} is where its block starts. */
    protected List<Inline> inlines(List<Inline> inlines, SourcePos pos) {
        return inlines;
    }

    @Override
    public Block heading(Block.Heading heading) {
        return new Block.Heading(heading.level(), inlines(heading.content(), heading.pos()), heading.id(), heading.pos());
    }

    @Override
    public Block paragraph(Block.Paragraph paragraph) {
        return new Block.Paragraph(inlines(paragraph.content(), paragraph.pos()), paragraph.pos());
    }

    @Override
    public Block figure(Block.Figure figure) {
        return figure;
    }

    @Override
    public Block list(Block.ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>(list.items().size());
        for (Block.ListItem item : list.items()) {
            items.add(new Block.ListItem(blocks(item.content()), item.checked(), item.pos()));
        }
        return new Block.ListBlock(list.ordered(), list.start(), list.tight(), items, list.pos());
    }

    @Override
    public Block quote(Block.BlockQuote quote) {
        return new Block.BlockQuote(blocks(quote.content()), quote.pos());
    }

    @Override
    public Block code(Block.CodeBlock code) {
        return code;
    }

    @Override
    public Block thematicBreak(Block.ThematicBreak thematicBreak) {
        return thematicBreak;
    }

    @Override
    public Block table(Block.Table table) {
        List<List<Block.Cell>> rows = new ArrayList<>(table.rows().size());
        for (List<Block.Cell> row : table.rows()) {
            rows.add(cells(row, table.pos()));
        }
        return new Block.Table(table.alignments(), cells(table.header(), table.pos()), rows,
                inlines(table.caption(), table.pos()), table.captionBelow(), table.pos());
    }

    private List<Block.Cell> cells(List<Block.Cell> cells, SourcePos pos) {
        List<Block.Cell> out = new ArrayList<>(cells.size());
        for (Block.Cell cell : cells) {
            out.add(new Block.Cell(inlines(cell.content(), pos)));
        }
        return out;
    }

    @Override
    public Block rawHtml(Block.RawHtml html) {
        return html;
    }

    @Override
    public Block bibliography(Block.Bibliography bibliography) {
        List<BibliographyEntry> entries = new ArrayList<>(bibliography.entries().size());
        for (BibliographyEntry e : bibliography.entries()) {
            entries.add(new BibliographyEntry(e.id(), e.label(), inlines(e.content(), bibliography.pos()), e.citations(),
                    e.work()));
        }
        return new Block.Bibliography(entries, bibliography.pos());
    }

    @Override
    public Block section(Block.Section section) {
        return new Block.Section((Block.Heading) section.heading().accept(this), blocks(section.content()), section.pos());
    }
}
