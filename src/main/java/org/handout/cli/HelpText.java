package org.handout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The --help text, generated from the option table so that it always lists what the parser accepts. */
final class HelpText {
    /** Where option descriptions start; a label that reaches it gets a line of its own. */
    private static final int COLUMN = 28;
    private static final int WIDTH = 80;

    private HelpText() {}

    static void print(PrintWriter out) {
        out.println("Usage: renderer [OPTION...] INPUT... -o DIR");
        out.println("       renderer serve [OPTION...]");
        wrap(out, "", 0, "Renders Markdown health handouts to tagged PDF (PDF/UA-1 + PDF/A-2a) and accessible HTML.");
        out.println();
        for (Option option : Option.values()) {
            if (option.use != Option.Use.SERVE) {
                wrap(out, label(option), COLUMN, option.description);
            }
        }
        out.println();
        List<String> renderOnly = new ArrayList<>();
        for (Option option : Option.values()) {
            if (option.use == Option.Use.RENDER) {
                renderOnly.add(option.names.isEmpty() ? option.label.replace("...", "") : option.names.get(0));
            }
        }
        String last = renderOnly.remove(renderOnly.size() - 1);
        wrap(out, "", 0, "serve: an editor page at / and an HTTP API at /render, on one port (see the README). The "
                + "options above, all but " + String.join(", ", renderOnly) + " and " + last + ", set the defaults "
                + "of every request; these are its own:");
        for (Option option : Option.OPTIONS) {
            if (option.use == Option.Use.SERVE) {
                wrap(out, label(option), COLUMN, option.description);
            }
        }
        out.println();
        out.println("Exit codes:");
        out.println("  0   every input rendered (serve: the server was stopped)");
        out.println("  1   an input failed (the others still rendered)");
        out.println("  2   usage error");
    }

    /** The label, then the text word-wrapped to {@link #WIDTH} from {@code column}. */
    private static void wrap(PrintWriter out, String label, int column, String text) {
        StringBuilder line = new StringBuilder(label);
        if (!label.isEmpty() && label.length() >= column) {
            out.println(line);
            line.setLength(0);
        }
        for (String word : text.split(" ")) {
            if (line.length() > column && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
            }
            line.append(line.length() > column ? " " : " ".repeat(column - line.length())).append(word);
        }
        out.println(line);
    }

    /** {@code "  -o, --output=DIR"}; long-only options and INPUT are indented past the short-name column. */
    private static String label(Option option) {
        List<String> names = option.names;
        String indent = names.isEmpty() || names.get(0).startsWith("--") ? "      " : "  ";
        String value = option.label == null ? "" : (names.isEmpty() ? "" : "=") + option.label;
        return indent + String.join(", ", names) + value;
    }
}
