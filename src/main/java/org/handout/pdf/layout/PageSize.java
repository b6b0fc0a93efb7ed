package org.handout.pdf.layout;

/** Page sizes in PostScript points (1/72 in). */
public enum PageSize {
    A4(595.28f, 841.89f), LETTER(612f, 792f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The size a command line or request names, {@code a4} or {@code letter} in any case; null for another word. */
    public static PageSize named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "a4" -> A4;
            case "letter" -> LETTER;
            default -> null;
        };
    }

    /** Letter where the document's language says the United States, A4 everywhere else. */
    public static PageSize forLanguage(String lang) {
        return lang.equalsIgnoreCase("en-US") ? LETTER : A4;
    }
}
