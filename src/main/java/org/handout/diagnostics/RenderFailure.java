package org.handout.diagnostics;

import java.util.List;

/** A document could not be rendered; carries every diagnostic gathered up to that point. */
public final class RenderFailure extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public RenderFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::format)
                .findFirst()
                .orElse("render failed"));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
