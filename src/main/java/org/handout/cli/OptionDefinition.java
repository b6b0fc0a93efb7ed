package org.handout.cli;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One row of the option table that both {@link ArgumentParser} and {@link HelpText} read, so the two cannot drift.
 *
 * @param names spellings such as {@code -o} and {@code --output}; none for the INPUT operands
 * @param label placeholder for the value in the help, such as {@code DIR}; null for a flag, which takes no value
 * @param description the help text
 * @param handler stores the value (null for a flag) in the arguments being read; a {@link NumberFormatException}
 *     from it becomes a usage error naming the option
 */
record OptionDefinition(List<String> names, String label, String description, BiConsumer<Arguments, String> handler) {
    boolean takesValue() {
        return label != null;
    }
}
