package org.handout.pdf.layout;


import org.handout.font.Face;
import org.handout.model.ImageFile;

/**
 * What the layout puts on a page, in reading order. Every drawable item is either owned by a
 * {@link Tag} or marked as an {@link Artifact}; there is no third kind, so nothing can be left
 * untagged. Coordinates are PDF user space (origin bottom left, points).
 */
public sealed interface Item {

    /** The structure element this item's content belongs to, or null. */
    default Tag owner() {
        return null;
    }

    /** The kind of artifact this item is, or null for tagged content and non-drawing items. */
    default Artifact artifact() {
        return null;
    }

    /** The point where a structure element begins: it joins its parent's kids here. */
    record Open(Tag tag) implements Item {}

    /**
     * Glyphs of one face at one size from one point of a baseline. {@code text[i]} is the Unicode
     * text of glyph {@code i}, for the ToUnicode map. {@code offsets}, when set, holds each glyph's
     * place from (x, y) in points, x and y in turn, as the shaper placed it; null means one after
     * the other at the font's advances.
     */
    record Glyphs(Tag owner, Artifact artifact, float x, float y, Face face, float size, int[] gids,
            String[] text, Rgb color, float[] offsets) implements Item {

        public Glyphs(Tag owner, Artifact artifact, float x, float y, Face face, float size, int[] gids, String[] text,
                Rgb color) {
            this(owner, artifact, x, y, face, size, gids, text, color, null);
        }
    }

    /** A filled rectangle: a rule, a border or a background. */
    record Fill(Tag owner, Artifact artifact, float x, float y, float width, float height, Rgb color)
            implements Item {}

    record Picture(Tag owner, Artifact artifact, ImageFile image, float x, float y, float width, float height)
            implements Item {}

    /**
     * The clickable area of a link: an external URI, or an anchor in this document.
     * {@code contents} says where it goes, for the annotation's /Contents.
     */
    record LinkArea(Tag link, float x, float y, float width, float height, String uri, String anchor,
            String contents) implements Item {
        @Override
        public Tag owner() {
            return link;
        }
    }

    /** A named destination at the top of a block; {@code target} is the element found there. */
    record Anchor(String name, float y, Tag target) implements Item {}
}
