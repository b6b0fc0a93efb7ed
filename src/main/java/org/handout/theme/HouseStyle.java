package org.handout.theme;

import org.handout.model.ImageFile;

/**
 * A publisher's house style, read from a theme file and checked by the guard rails before any
 * output is written. The writers take it as an option; null fields keep the renderer's own look.
 * The disclaimer's place, size and visibility are not part of it: no theme can move or hide it.
 *
 * @param name the organisation, for the title block and the metadata (dc:publisher)
 * @param logo shown in the title block, or null
 * @param colors the light scheme; the HTML's dark scheme is {@link Palette#dark()}
 * @param footer one line on every page, such as a contact line, or null
 * @param pageSize {@code a4} or {@code letter}, or null (the language decides, as without a theme)
 * @param margin page margins in points, or null (20 mm)
 * @param baseSize body type size in points, at least {@link GuardRails#MIN_BODY_SIZE}, or null (11.5 pt)
 */
public record HouseStyle(String name, Logo logo, Palette colors, String footer, String pageSize, Float margin,
        Float baseSize) {

    /** A logo file that passed the image checks, and its text alternative: null when it is decorative. */
    public record Logo(ImageFile image, String alt) {
        public boolean decorative() {
            return alt == null;
        }
    }
}
