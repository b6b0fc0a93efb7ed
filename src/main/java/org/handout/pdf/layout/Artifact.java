package org.handout.pdf.layout;

/** Content that is not part of the text: the /Artifact property list's /Type and optional /Subtype. */
public record Artifact(String type, String subtype) {
    public static final Artifact LAYOUT = new Artifact("Layout", null);
    public static final Artifact FOOTER = new Artifact("Pagination", "Footer");
    public static final Artifact PAGINATION = new Artifact("Pagination", null);
}
