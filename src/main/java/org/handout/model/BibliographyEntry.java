package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One formatted reference. {@code label} is the style's number ("1.") or null for an unnumbered
 * style; {@code citations} are the ids of the places that cite it, in reading order;
 * {@code work} is null when the entry is free text that could not be read as data.
 */
public record BibliographyEntry(String id, String label, List<Inline> content, List<String> citations,
        CitedWork work) {

    /** Every entry of every reference list in {@code blocks}, in reading order. */
    public static List<BibliographyEntry> in(List<Block> blocks) {
        Finder finder = new Finder();
        finder.blocks(blocks);
        return finder.entries;
    }

    /** Reference lists can only stand among blocks, so inline content is never entered. */
    private static final class Finder implements Block.Visitor<Void> {
        private final List<BibliographyEntry> entries = new ArrayList<>();

        void blocks(List<Block> blocks) {
            blocks.forEach(b -> b.accept(this));
        }

        @Override
        public Void heading(Block.Heading heading) {
            return null;
        }

        @Override
        public Void paragraph(Block.Paragraph paragraph) {
            return null;
        }

        @Override
        public Void figure(Block.Figure figure) {
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
            return null;
        }

        @Override
        public Void rawHtml(Block.RawHtml html) {
            return null;
        }

        @Override
        public Void bibliography(Block.Bibliography bibliography) {
            entries.addAll(bibliography.entries());
            return null;
        }

        @Override
        public Void section(Block.Section section) {
            blocks(section.content());
            return null;
        }
    }
}
