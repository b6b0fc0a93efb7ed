package org.handout.model;

import java.util.List;

/** Inline content of the semantic tree. Knows nothing of HTML or PDF. */
public sealed interface Inline {

    record Text(String text) implements Inline {}

    record Emphasis(List<Inline> content) implements Inline {}

    record Strong(List<Inline> content) implements Inline {}

    record Strikethrough(List<Inline> content) implements Inline {}

    record Code(String text) implements Inline {}

    /** A soft line break: a space when reflowed. */
    record SoftBreak() implements Inline {}

    record HardBreak() implements Inline {}

    /** A link whose destination has passed the URL policy; {@code title} may be null. */
    record Link(String destination, String title, List<Inline> content, SourcePos pos) implements Inline {}

    /**
     * An image. {@code alt} is the text alternative: empty for a decorative image, null when the
     * source gave no alternative at all.
     */
    record Image(String source, String title, String alt, SourcePos pos) implements Inline {
        public boolean decorative() {
            return alt != null && alt.isBlank();
        }
    }

    /** Raw inline HTML exactly as written; writers decide what survives. */
    record RawHtml(String html, SourcePos pos) implements Inline {}

    /** A call to footnote number {@code number}. */
    record FootnoteRef(String label, int number, SourcePos pos) implements Inline {}

    /** Raised text, as numeric citation styles set their markers. */
    record Superscript(List<Inline> content) implements Inline {}

    /**
     * An in-text citation of one bibliography entry: {@code id} names this place (the entry links
     * back to it), {@code entryId} the entry it links to.
     */
    record Citation(String entryId, String id, List<Inline> content) implements Inline {}

    /** Text in a language (BCP 47) or direction other than its surroundings. */
    record Span(String lang, Direction direction, List<Inline> content) implements Inline {}

    enum Direction { LTR, RTL }
}
