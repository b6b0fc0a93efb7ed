package org.handout.model;

import java.util.List;

/**
 * Inline content of the semantic tree. Knows nothing of HTML or PDF. Walks implement
 * {@link Visitor}, one method per inline type, so a new type cannot be skipped silently.
 */
public sealed interface Inline {

    <R> R accept(Visitor<R> visitor);

    /** One method per inline type; see {@link Inline}. */
    interface Visitor<R> {
        R text(Text text);

        R emphasis(Emphasis emphasis);

        R strong(Strong strong);

        R strikethrough(Strikethrough strikethrough);

        R code(Code code);

        R softBreak(SoftBreak softBreak);

        R hardBreak(HardBreak hardBreak);

        R link(Link link);

        R image(Image image);

        R rawHtml(RawHtml html);

        R footnoteRef(FootnoteRef ref);

        R superscript(Superscript superscript);

        R citation(Citation citation);

        R span(Span span);
    }

    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }
    }

    record Strikethrough(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strikethrough(this);
        }
    }

    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /** A soft line break: a space when reflowed. */
    record SoftBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.softBreak(this);
        }
    }

    record HardBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hardBreak(this);
        }
    }

    /** A link whose destination has passed the URL policy; {@code title} may be null. */
    record Link(String destination, String title, List<Inline> content, SourcePos pos) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }
    }

    /**
     * An image. {@code alt} is the text alternative: empty for a decorative image, null when the
     * source gave no alternative at all.
     */
    record Image(String source, String title, String alt, SourcePos pos) implements Inline {
        public boolean decorative() {
            return alt != null && alt.isBlank();
        }

        /** What stands for the image in words: its alternative, else (none given) its file name. */
        public String textAlternative() {
            return alt != null && !alt.isBlank() ? alt : source.replaceAll("^.*/", "");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    /** Raw inline HTML exactly as written; writers decide what survives. */
    record RawHtml(String html, SourcePos pos) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rawHtml(this);
        }
    }

    /**
     * A call to footnote number {@code number}; {@code id} names this place, which the note links
     * back to (numbered in source order by the reader, in reading order by the footnote-calls transform).
     */
    record FootnoteRef(String label, int number, String id, SourcePos pos) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.footnoteRef(this);
        }
    }

    /** Raised text, as numeric citation styles set their markers. */
    record Superscript(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.superscript(this);
        }
    }

    /**
     * An in-text citation of one bibliography entry: {@code id} names this place (the entry links
     * back to it), {@code entryId} the entry it links to.
     */
    record Citation(String entryId, String id, List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.citation(this);
        }
    }

    /** Text in a language (BCP 47) or direction other than its surroundings. */
    record Span(String lang, Direction direction, List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.span(this);
        }
    }

    enum Direction { LTR, RTL }
}
