package org.handout.model;

/** A 1-based line and column in the source file; line 0 means "not from the source". */
public record SourcePos(int line, int column) {
    public static final SourcePos NONE = new SourcePos(0, 0);

    public static SourcePos line(int line) {
        return new SourcePos(line, 0);
    }
}
