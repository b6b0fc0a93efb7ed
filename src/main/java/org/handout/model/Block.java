package org.handout.model;

import java.util.List;

/** Block content of the semantic tree. Every block remembers where it came from. */
public sealed interface Block {
    SourcePos pos();

    /** A heading; {@code level} is the normalised output level, {@code id} a stable anchor. */
    record Heading(int level, List<Inline> content, String id, SourcePos pos) implements Block {}

    record Paragraph(List<Inline> content, SourcePos pos) implements Block {}

    /** A paragraph that holds one image and nothing else. */
    record Figure(Inline.Image image, SourcePos pos) implements Block {}

    record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items, SourcePos pos)
            implements Block {}

    /** {@code checked} is null for an ordinary item, true/false for a task-list item. */
    record ListItem(List<Block> content, Boolean checked, SourcePos pos) {}

    record BlockQuote(List<Block> content, SourcePos pos) implements Block {}

    /** {@code info} is the fence's info string, empty for indented code. */
    record CodeBlock(String info, String literal, SourcePos pos) implements Block {}

    record ThematicBreak(SourcePos pos) implements Block {}

    /** A table with one header row and any number of body rows, all of the same width. */
    record Table(List<Alignment> alignments, List<Cell> header, List<List<Cell>> rows, SourcePos pos)
            implements Block {
        public int columns() {
            return alignments.size();
        }
    }

    record Cell(List<Inline> content) {}

    enum Alignment { NONE, LEFT, CENTER, RIGHT }

    /** A raw HTML block exactly as written; writers decide what survives. */
    record RawHtml(String html, SourcePos pos) implements Block {}

    /** The entries of a reference section, in the order the citation style gives them. */
    record Bibliography(List<BibliographyEntry> entries, SourcePos pos) implements Block {}

    /**
     * A heading and everything up to the next heading of the same or a higher level. Made by the
     * sectioning transform; the reader produces flat blocks.
     */
    record Section(Heading heading, List<Block> content, SourcePos pos) implements Block {}
}
