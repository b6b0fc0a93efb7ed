package org.handout.citation;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The anchors of one document's entries, each unique: "ref-" and the key, in characters any id allows. */
final class Anchors {
    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9_-]+");
    private final Set<String> ids = new HashSet<>();

    String of(String key) {
        String base = "ref-" + NOT_IN_ID.matcher(key).replaceAll("-");
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
