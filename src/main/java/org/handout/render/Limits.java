package org.handout.render;

/**
 * Size limits that keep one render within bounded time and memory. The defaults leave room for
 * a 600-page handout (about 1.3 MB of Markdown) and eight times the largest README in the test
 * corpus, while keeping the worst case, a source packed with one syntax node per byte, to about
 * 2 GiB of heap.
 */
public record Limits(long inputBytes, int tableColumns) {
    public static final long DEFAULT_INPUT_BYTES = 2L << 20;
    public static final int DEFAULT_TABLE_COLUMNS = 64;

    public Limits {
        if (inputBytes < 1 || tableColumns < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_INPUT_BYTES, DEFAULT_TABLE_COLUMNS);
    }
}
