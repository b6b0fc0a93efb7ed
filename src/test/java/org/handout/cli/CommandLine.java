package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM: its exit code and what it printed, which is never a stack trace. */
public record CommandLine(int code, String out, String err) {
    public static CommandLine run(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = Main.run(args, new PrintWriter(output, true), new PrintWriter(errors, true));
        assertFalse(errors.toString().contains("\tat "), () -> "stack trace printed:\n" + errors);
        return new CommandLine(code, output.toString(), errors.toString());
    }
}
