package org.handout.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled dependent styles, each with the id of the independent style whose layout it uses. The CSL project
 * ships them as 7,869 small files; the build lists them in {@code dependent-styles.txt}, "id parent" per line
 * (src/build/DependentStyles.java), and leaves the files out of the jar, whose central directory every start reads
 * (issue 20). Read on the first dependent style a document names.
 */
final class DependentStyles {
    private static final Map<String, String> PARENTS = read();

    private DependentStyles() {}

    /** The parent's id; null when no bundled dependent style has this id. */
    static String parent(String id) {
        return PARENTS.get(id);
    }

    private static Map<String, String> read() {
        try (InputStream in = DependentStyles.class.getResourceAsStream("dependent-styles.txt")) {
            if (in == null) {
                throw new IllegalStateException("dependent-styles.txt is missing: the build writes it");
            }
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> parents = new HashMap<>();
            for (int start = 0, end; (end = list.indexOf('\n', start)) > start; start = end + 1) {
                int space = list.indexOf(' ', start);
                parents.put(list.substring(start, space), list.substring(space + 1, end));
            }
            return parents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
