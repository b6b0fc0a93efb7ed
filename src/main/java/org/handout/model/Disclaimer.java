package org.handout.model;

import java.util.List;

/** The medical disclaimer every output carries; {@code lang} is the language of its words. */
public record Disclaimer(String heading, List<Block> content, String lang, Origin origin) {
    public enum Origin { FRONT_MATTER, FILE, DEFAULT }
}
