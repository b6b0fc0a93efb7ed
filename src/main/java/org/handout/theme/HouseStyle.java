package org.handout.theme;

import java.util.Objects;

import org.handout.font.Face;
import org.handout.model.ImageFile;

/**
 * A publisher's house style, read from a theme file and checked by the guard rails before any
 * output is written. The writers take it as an option; null fields keep the renderer's own look.
 * The disclaimer's place, size and visibility are not part of it: no theme can move or hide it.
 *
 * @param name the organisation, for the title block and the metadata (dc:publisher)
 * @param logo shown in the title block, or null
 * @param colors the light scheme; the HTML's dark scheme is {@link Palette#dark()}
 * @param fonts the theme's faces, each falling back per character to the shipped faces
 * @param footer one line on every page, such as a contact line, or null
 * @param pageSize {@code a4} or {@code letter}, or null (the language decides, as without a theme)
 * @param margin page margins in points, or null (20 mm)
 * @param baseSize body type size in points, at least {@link GuardRails#MIN_BODY_SIZE}, or null (11.5 pt)
 */
public record HouseStyle(String name, Logo logo, Palette colors, Fonts fonts, String footer, String pageSize,
        Float margin, Float baseSize) {

    /** A font file of the theme's: its bytes (for the HTML's @font-face) and the face read from them (for the PDF). */
    public record FontFile(String file, byte[] bytes, Face face) {
        // Written out: a record's generated equals and hashCode link through invokedynamic at their first call, which
        // costs a cold start milliseconds per record type (issue 20). No map keyed by them is iterated.
        @Override
        public boolean equals(Object other) {
            return other instanceof FontFile f && Objects.equals(file, f.file) && bytes == f.bytes && face == f.face;
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, bytes, face);
        }
    }

    /** The theme's faces for body text (by style), headings and code; a null one is the shipped face. */
    public record Fonts(FontFile regular, FontFile bold, FontFile italic, FontFile boldItalic, FontFile headings,
            FontFile mono) {
        public static final Fonts SHIPPED = new Fonts(null, null, null, null, null, null);

        // Written out: a record's generated equals and hashCode link through invokedynamic at their first call, which
        // costs a cold start milliseconds per record type (issue 20). No map keyed by them is iterated.
        @Override
        public boolean equals(Object other) {
            return other instanceof Fonts f && Objects.equals(regular, f.regular) && Objects.equals(bold, f.bold)
                    && Objects.equals(italic, f.italic) && Objects.equals(boldItalic, f.boldItalic)
                    && Objects.equals(headings, f.headings) && Objects.equals(mono, f.mono);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regular, bold, italic, boldItalic, headings, mono);
        }
    }

    /** A logo file that passed the image checks, and its text alternative: null when it is decorative. */
    public record Logo(ImageFile image, String alt) {
        public boolean decorative() {
            return alt == null;
        }
    }
}
