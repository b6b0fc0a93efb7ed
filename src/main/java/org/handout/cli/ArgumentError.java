package org.handout.cli;

/** A command line that cannot be read: exit code 2, and the message is followed by a pointer to --help. */
final class ArgumentError extends RuntimeException {
    ArgumentError(String message) {
        super(message);
    }
}
