package org.handout.server;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * JSON text of maps, lists, strings, numbers and booleans, written by citeproc-java's JSON builder (a library the
 * renderer ships anyway). It escapes every character beyond ASCII, so the text may also go into a header. It takes
 * no nulls: leave absent fields out of the map.
 */
final class Json {
    private static final StringJsonBuilderFactory FACTORY = new StringJsonBuilderFactory();

    private Json() {}

    static String of(Object value) {
        return (String) FACTORY.createJsonBuilder().toJson(value);
    }
}
