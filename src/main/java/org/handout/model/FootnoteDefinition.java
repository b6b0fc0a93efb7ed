package org.handout.model;

import java.util.List;

/**
 * A footnote; {@code calls} are the ids of the places that call it, in reading order (each gets a
 * back-link), empty until the footnote-calls transform has run.
 */
public record FootnoteDefinition(String label, int number, List<Block> content, List<String> calls, SourcePos pos) {
    public String id() {
        return "fn-" + number;
    }

    /** The id of the {@code nth} call (from 1) of note {@code number}: "fnref-3", then "fnref-3-2"… */
    public static String callId(int number, int nth) {
        return "fnref-" + number + (nth == 1 ? "" : "-" + nth);
    }

    public FootnoteDefinition withCalls(List<String> newCalls) {
        return new FootnoteDefinition(label, number, content, List.copyOf(newCalls), pos);
    }
}
