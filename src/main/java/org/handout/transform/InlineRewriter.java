package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.FootnoteDefinition;
import org.handout.model.Inline;
import org.handout.model.SourcePos;

/**
 * Applies one rewrite to every inline list of a document in reading order: the body (headings,
 * paragraphs, cells), then the notes. The rewrite gets the position of the block the list is in.
 * The same walk can rewrite every heading instead.
 */
public final class InlineRewriter {
    private final BiFunction<List<Inline>, SourcePos, List<Inline>> rewrite;
    private final UnaryOperator<Block.Heading> headings;

    private InlineRewriter(BiFunction<List<Inline>, SourcePos, List<Inline>> rewrite, UnaryOperator<Block.Heading> headings) {
        this.rewrite = rewrite;
        this.headings = headings;
    }

    public static Document apply(Document document, BiFunction<List<Inline>, SourcePos, List<Inline>> rewrite) {
        return walk(document, new InlineRewriter(rewrite, UnaryOperator.identity()));
    }

    /** Replaces every heading, in reading order, with what {@code headings} makes of it. */
    public static Document applyToHeadings(Document document, UnaryOperator<Block.Heading> headings) {
        return walk(document, new InlineRewriter((inlines, pos) -> inlines, headings));
    }

    private static Document walk(Document document, InlineRewriter rewriter) {
        List<Block> body = rewriter.blocks(document.body());
        List<FootnoteDefinition> notes = new ArrayList<>();
        for (FootnoteDefinition note : document.footnotes()) {
            notes.add(new FootnoteDefinition(note.label(), note.number(), rewriter.blocks(note.content()), note.pos()));
        }
        return new Document(document.sourceName(), document.meta(), body, notes, document.disclaimer(), document.images());
    }

    private List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block(block));
        }
        return out;
    }

    private Block block(Block block) {
        if (block instanceof Block.Heading h) {
            return headings.apply(new Block.Heading(h.level(), rewrite.apply(h.content(), h.pos()), h.id(), h.pos()));
        } else if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(rewrite.apply(p.content(), p.pos()), p.pos());
        } else if (block instanceof Block.Section s) {
            return new Block.Section((Block.Heading) block(s.heading()), blocks(s.content()), s.pos());
        } else if (block instanceof Block.BlockQuote q) {
            return new Block.BlockQuote(blocks(q.content()), q.pos());
        } else if (block instanceof Block.ListBlock l) {
            return new Block.ListBlock(l.ordered(), l.start(), l.tight(),
                    l.items().stream().map(i -> new Block.ListItem(blocks(i.content()), i.checked(), i.pos())).toList(),
                    l.pos());
        } else if (block instanceof Block.Table t) {
            return new Block.Table(t.alignments(), cells(t.header(), t.pos()),
                    t.rows().stream().map(row -> cells(row, t.pos())).toList(), t.pos());
        }
        return block;
    }

    private List<Block.Cell> cells(List<Block.Cell> cells, SourcePos pos) {
        return cells.stream().map(c -> new Block.Cell(rewrite.apply(c.content(), pos))).toList();
    }
}
