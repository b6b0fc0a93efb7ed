package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/** Finds every image in a document, in reading order. */
public final class Images {
    private Images() {}

    public static List<Inline.Image> in(Document document) {
        List<Inline.Image> out = new ArrayList<>();
        blocks(document.body(), out);
        for (FootnoteDefinition note : document.footnotes()) {
            blocks(note.content(), out);
        }
        return out;
    }

    private static void blocks(List<Block> blocks, List<Inline.Image> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                inlines(p.content(), out);
            } else if (block instanceof Block.Figure f) {
                out.add(f.image());
            } else if (block instanceof Block.Heading h) {
                inlines(h.content(), out);
            } else if (block instanceof Block.Section s) {
                inlines(s.heading().content(), out);
                blocks(s.content(), out);
            } else if (block instanceof Block.BlockQuote q) {
                blocks(q.content(), out);
            } else if (block instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    blocks(item.content(), out);
                }
            } else if (block instanceof Block.Table t) {
                t.header().forEach(c -> inlines(c.content(), out));
                t.rows().forEach(row -> row.forEach(c -> inlines(c.content(), out)));
            }
        }
    }

    private static void inlines(List<Inline> inlines, List<Inline.Image> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Image i) {
                out.add(i);
            } else if (inline instanceof Inline.Emphasis e) {
                inlines(e.content(), out);
            } else if (inline instanceof Inline.Strong s) {
                inlines(s.content(), out);
            } else if (inline instanceof Inline.Strikethrough s) {
                inlines(s.content(), out);
            } else if (inline instanceof Inline.Link l) {
                inlines(l.content(), out);
            } else if (inline instanceof Inline.Span s) {
                inlines(s.content(), out);
            }
        }
    }
}
