package org.handout.diagnostics;

/** One problem found in one source file, printable as {@code file:line: error: message}. */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
