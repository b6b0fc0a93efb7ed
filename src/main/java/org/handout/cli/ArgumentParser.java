package org.handout.cli;

import java.nio.file.InvalidPathException;

/**
 * Reads a command line against {@link Option#OPTIONS} in one plain loop, after an optional first word
 * {@code serve}: {@code --name value},
 * {@code --name=value}, {@code -o DIR}, {@code -oDIR}, grouped short flags such as {@code -qV}, options and inputs in
 * any order, and {@code --} before inputs that start with a dash. Hand-written because picocli's class loading and
 * reflection cost about 100 ms of every cold start.
 */
final class ArgumentParser {
    private final String[] args;
    private final Arguments arguments = new Arguments();
    private int next;

    private ArgumentParser(String[] args) {
        this.args = args;
    }

    /** Throws {@link ArgumentError}; INPUT and -o are required unless --help, --version or serve is given. */
    static Arguments parse(String[] args) {
        return new ArgumentParser(args).parse();
    }

    private Arguments parse() {
        if (args.length > 0 && args[0].equals("serve")) {
            arguments.serve = true;
            next = 1;
        }
        boolean optionsEnded = false;
        while (next < args.length) {
            String arg = args[next++];
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                apply(Option.INPUT, "INPUT", arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.startsWith("--")) {
                longOption(arg);
            } else {
                shortOptions(arg);
            }
        }
        if (!arguments.help && !arguments.version && !arguments.serve) {
            if (arguments.inputs.isEmpty()) {
                throw new ArgumentError("missing INPUT: give at least one Markdown file or folder");
            }
            if (arguments.output == null) {
                throw new ArgumentError("missing the output folder: -o DIR");
            }
        }
        return arguments;
    }

    private void longOption(String arg) {
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        Option option = known(name, name);
        if (equals < 0) {
            apply(option, name, option.takesValue() ? value(name) : null);
        } else if (option.takesValue()) {
            apply(option, name, arg.substring(equals + 1));
        } else {
            throw new ArgumentError("option '" + name + "' takes no value");
        }
    }

    /** {@code -q}, {@code -o DIR}, {@code -oDIR}, and flags grouped as in {@code -qoDIR}. */
    private void shortOptions(String arg) {
        for (int i = 1; i < arg.length(); i++) {
            String name = "-" + arg.charAt(i);
            Option option = known(name, arg);
            if (option.takesValue()) {
                apply(option, name, i + 1 < arg.length() ? arg.substring(i + 1) : value(name));
                return;
            }
            apply(option, name, null);
        }
    }

    /** The next argument, unless there is none or it is an option itself: then the value was left out. */
    private String value(String name) {
        if (next == args.length || find(args[next]) != null) {
            throw new ArgumentError("option '" + name + "' needs a value");
        }
        return args[next++];
    }

    private static Option known(String name, String typed) {
        Option option = find(name);
        if (option == null) {
            throw new ArgumentError("unknown option '" + typed + "'");
        }
        return option;
    }

    private static Option find(String name) {
        for (Option option : Option.OPTIONS) {
            if (option.names.contains(name)) {
                return option;
            }
        }
        return null;
    }

    private void apply(Option option, String name, String value) {
        if (!option.appliesTo(arguments.serve)) {
            throw new ArgumentError(arguments.serve
                    ? (option == Option.INPUT ? "serve takes no INPUT: '" + value + "'; sources come over HTTP"
                            : "option '" + name + "' does not apply to serve")
                    : "option '" + name + "' applies only to serve: renderer serve " + name + " ...");
        }
        try {
            arguments.set(option, value);
        } catch (NumberFormatException e) {
            throw new ArgumentError("option '" + name + "' needs a number, not '" + value + "'");
        } catch (InvalidPathException e) {
            throw new ArgumentError(name + " is not a valid path: " + e.getMessage());
        }
    }
}
