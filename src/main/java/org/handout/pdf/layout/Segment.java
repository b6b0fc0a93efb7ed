package org.handout.pdf.layout;

/**
 * A piece of a paragraph's text with one style and one owner. {@code uri} or {@code anchor} is
 * set when the text is (part of) a link whose structure element is {@code owner}; {@code id},
 * when set, names a destination at this text (a footnote call, for its back-link).
 */
record Segment(String text, TextStyle style, Tag owner, String uri, String anchor, String id) {

    Segment(String text, TextStyle style, Tag owner, String uri, String anchor) {
        this(text, style, owner, uri, anchor, null);
    }

    boolean isLink() {
        return uri != null || anchor != null;
    }
}
