package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.FootnoteDefinition;

/** Applies one rewrite to every inline list of a document: headings, paragraphs, cells, notes. */
final class InlineRewriter {
    private final UnaryOperator<List<org.handout.model.Inline>> rewrite;

    private InlineRewriter(UnaryOperator<List<org.handout.model.Inline>> rewrite) {
        this.rewrite = rewrite;
    }

    static Document apply(Document document, UnaryOperator<List<org.handout.model.Inline>> rewrite) {
        InlineRewriter rewriter = new InlineRewriter(rewrite);
        List<FootnoteDefinition> notes = new ArrayList<>();
        for (FootnoteDefinition note : document.footnotes()) {
            notes.add(new FootnoteDefinition(note.label(), note.number(), rewriter.blocks(note.content()), note.pos()));
        }
        return new Document(document.sourceName(), document.meta(), rewriter.blocks(document.body()), notes,
                document.disclaimer(), document.images());
    }

    List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block(block));
        }
        return out;
    }

    private Block block(Block block) {
        if (block instanceof Block.Heading h) {
            return new Block.Heading(h.level(), rewrite.apply(h.content()), h.id(), h.pos());
        } else if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(rewrite.apply(p.content()), p.pos());
        } else if (block instanceof Block.Section s) {
            return new Block.Section((Block.Heading) block(s.heading()), blocks(s.content()), s.pos());
        } else if (block instanceof Block.BlockQuote q) {
            return new Block.BlockQuote(blocks(q.content()), q.pos());
        } else if (block instanceof Block.ListBlock l) {
            return new Block.ListBlock(l.ordered(), l.start(), l.tight(),
                    l.items().stream().map(i -> new Block.ListItem(blocks(i.content()), i.checked(), i.pos())).toList(),
                    l.pos());
        } else if (block instanceof Block.Table t) {
            return new Block.Table(t.alignments(), cells(t.header()),
                    t.rows().stream().map(this::cells).toList(), t.pos());
        }
        return block;
    }

    private List<Block.Cell> cells(List<Block.Cell> cells) {
        return cells.stream().map(c -> new Block.Cell(rewrite.apply(c.content()))).toList();
    }
}
