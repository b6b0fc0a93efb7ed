package org.handout.model;

import java.util.List;

public record FootnoteDefinition(String label, int number, List<Block> content, SourcePos pos) {
    public String id() {
        return "fn-" + number;
    }

    public String refId() {
        return "fnref-" + number;
    }
}
