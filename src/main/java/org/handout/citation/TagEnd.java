package org.handout.citation;

/** Finding where a start tag ends, for the small markup readers of this package. */
final class TagEnd {
    private TagEnd() {}

    /** The '>' that closes the tag whose name or attributes start at {@code from}, or -1; quoted values may hold '>'. */
    static int of(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }
}
