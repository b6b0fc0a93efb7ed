package org.handout.pdf.layout;

/** Content that is not part of the text: the /Artifact property list's /Type and optional /Subtype. */
public record Artifact(String type, String subtype) {
    public static final Artifact LAYOUT = new Artifact("Layout", null);
    public static final Artifact FOOTER = new Artifact("Pagination", "Footer");
    public static final Artifact PAGINATION = new Artifact("Pagination", null);
    /** A house style's page colour (ISO 32000-1, 14.8.2.2.2: Background, PDF 1.7). */
    public static final Artifact BACKGROUND = new Artifact("Background", null);
}
