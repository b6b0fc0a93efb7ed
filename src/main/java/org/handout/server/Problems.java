package org.handout.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.Severity;

/**
 * A render's diagnostics as JSON: {@code {"line":…,"column":…,"message":…}}, line and column only when known. The
 * request's temporary folder is named in words, not by its path, which means nothing to the client.
 */
final class Problems {
    /** Room left for the warnings header under Jetty's 8 KiB limit for all response headers. */
    private static final int HEADER_CHARACTERS = 6_000;

    private Problems() {}

    /** {@code {"errors":[…],"warnings":[…]}}, the body of a 400 or 422. */
    static Reply failure(int status, List<Diagnostic> diagnostics, Path folder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", of(diagnostics, Severity.ERROR, folder));
        body.put("warnings", of(diagnostics, Severity.WARNING, folder));
        return Reply.json(status, body);
    }

    static List<Map<String, Object>> of(List<Diagnostic> diagnostics, Severity severity, Path folder) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == severity) {
                list.add(entry(diagnostic, folder));
            }
        }
        return list;
    }

    /**
     * The warnings as a JSON array for a response header (all ASCII: the JSON escapes the rest). As many as fit
     * in {@link #HEADER_CHARACTERS}, in source order; a count header says how many there were in all.
     */
    static String header(List<Map<String, Object>> warnings) {
        List<Map<String, Object>> fitting = new ArrayList<>(warnings);
        String json = Json.of(fitting);
        while (json.length() > HEADER_CHARACTERS) {
            fitting = fitting.subList(0, fitting.size() / 2);
            json = Json.of(fitting);
        }
        return json;
    }

    private static Map<String, Object> entry(Diagnostic diagnostic, Path folder) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (diagnostic.line() > 0) {
            entry.put("line", diagnostic.line());
            if (diagnostic.column() > 0) {
                entry.put("column", diagnostic.column());
            }
        }
        entry.put("message", diagnostic.message().replace(folder.toString(), "the files sent with the request"));
        return entry;
    }
}
