package org.handout.model;

import java.util.List;

/**
 * Block content of the semantic tree. Every block remembers where it came from. Walks over blocks
 * implement {@link Visitor}, which has one method per block type, so that adding a type fails to
 * compile every walk that does not handle it yet.
 */
public sealed interface Block {
    SourcePos pos();

    <R> R accept(Visitor<R> visitor);

    /** One method per block type; see {@link Block}. */
    interface Visitor<R> {
        R heading(Heading heading);

        R paragraph(Paragraph paragraph);

        R figure(Figure figure);

        R list(ListBlock list);

        R quote(BlockQuote quote);

        R code(CodeBlock code);

        R thematicBreak(ThematicBreak thematicBreak);

        R table(Table table);

        R rawHtml(RawHtml html);

        R bibliography(Bibliography bibliography);

        R section(Section section);
    }

    /** A heading; {@code level} is the normalised output level, {@code id} a stable anchor. */
    record Heading(int level, List<Inline> content, String id, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }
    }

    record Paragraph(List<Inline> content, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /** A paragraph that holds one image and nothing else. */
    record Figure(Inline.Image image, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.figure(this);
        }
    }

    record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items, SourcePos pos)
            implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }
    }

    /** {@code checked} is null for an ordinary item, true/false for a task-list item. */
    record ListItem(List<Block> content, Boolean checked, SourcePos pos) {}

    record BlockQuote(List<Block> content, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }
    }

    /** {@code info} is the fence's info string, empty for indented code. */
    record CodeBlock(String info, String literal, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    record ThematicBreak(SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.thematicBreak(this);
        }
    }

    /**
     * A table with one header row and any number of body rows, all of the same width, and a caption
     * ({@code caption} empty when it has none), which the author wrote below the table when
     * {@code captionBelow} (it is still read first, as the table's name).
     */
    record Table(List<Alignment> alignments, List<Cell> header, List<List<Cell>> rows, List<Inline> caption,
            boolean captionBelow, SourcePos pos) implements Block {
        public int columns() {
            return alignments.size();
        }

        public Table withCaption(List<Inline> newCaption, boolean below) {
            return new Table(alignments, header, rows, List.copyOf(newCaption), below, pos);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    record Cell(List<Inline> content) {}

    enum Alignment { NONE, LEFT, CENTER, RIGHT }

    /** A raw HTML block exactly as written; writers decide what survives. */
    record RawHtml(String html, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rawHtml(this);
        }
    }

    /** The entries of a reference section, in the order the citation style gives them. */
    record Bibliography(List<BibliographyEntry> entries, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bibliography(this);
        }
    }

    /**
     * A heading and everything up to the next heading of the same or a higher level. Made by the
     * sectioning transform; the reader produces flat blocks.
     */
    record Section(Heading heading, List<Block> content, SourcePos pos) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.section(this);
        }
    }
}
