package org.handout.diagnostics;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.SourcePos;

/**
 * Collects the diagnostics of one document. Stages report here instead of printing, so that the
 * command line decides how (and whether) to show them and {@code --strict} can promote warnings.
 */
public final class Diagnostics {
    private final String file;
    private final List<Diagnostic> entries;

    public Diagnostics(String file) {
        this(file, new ArrayList<>());
    }

    private Diagnostics(String file, List<Diagnostic> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reports about another file that this document uses (its disclaimer file, say) into the same list. */
    public Diagnostics about(String otherFile) {
        return new Diagnostics(otherFile, entries);
    }

    public String file() {
        return file;
    }

    public void warn(SourcePos pos, String message) {
        add(Severity.WARNING, pos, message);
    }

    public void error(SourcePos pos, String message) {
        add(Severity.ERROR, pos, message);
    }

    private void add(Severity severity, SourcePos pos, String message) {
        entries.add(new Diagnostic(severity, file, pos.line(), pos.column(), message));
    }

    /** How many diagnostics were reported so far (here and through {@link #about}). */
    public int count() {
        return entries.size();
    }

    /** Forgets what was reported after the first {@code count}: for work that is given up and done again. */
    public void forgetAfter(int count) {
        entries.subList(count, entries.size()).clear();
    }

    public List<Diagnostic> all() {
        return List.copyOf(entries);
    }

    public boolean hasErrors() {
        return anyError(entries);
    }

    public static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Throws when an error was reported: a document with errors is never written. */
    public void failOnErrors() throws RenderFailure {
        if (hasErrors()) {
            throw new RenderFailure(all());
        }
    }
}
