package org.handout.render;

public enum Format {
    PDF("pdf"), HTML("html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
