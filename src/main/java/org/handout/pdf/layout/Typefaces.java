package org.handout.pdf.layout;

import org.handout.font.Face;
import org.handout.font.FontLibrary;
import org.handout.theme.HouseStyle;

/**
 * The faces text is drawn in: a house style's where it has one for the role and style, else the shipped one. Either
 * way a character the face lacks falls back to the shipped fallback faces ({@link FontLibrary#faceFor}).
 */
record Typefaces(HouseStyle.Fonts house) {
    static final Typefaces SHIPPED = new Typefaces(HouseStyle.Fonts.SHIPPED);

    // Written out: a record's generated equals and hashCode link through invokedynamic at their first call, which
    // costs a cold start milliseconds per record type (issue 20). No map keyed by them is iterated.
    @Override
    public boolean equals(Object other) {
        return other instanceof Typefaces t && house.equals(t.house);
    }

    @Override
    public int hashCode() {
        return house.hashCode();
    }

    /** Headings take the house's headings face whatever their weight: it was chosen for them. */
    Face face(boolean heading, boolean mono, boolean bold, boolean italic) {
        if (mono) {
            return house.mono() != null ? house.mono().face() : FontLibrary.mono();
        }
        if (heading && house.headings() != null) {
            return house.headings().face();
        }
        HouseStyle.FontFile file = bold ? (italic ? house.boldItalic() : house.bold())
                : (italic ? house.italic() : house.regular());
        return file != null ? file.face() : FontLibrary.body(bold, italic);
    }
}
