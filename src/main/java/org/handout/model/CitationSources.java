package org.handout.model;

import java.util.List;
import java.util.Map;

/**
 * Front matter's citation fields. {@code references} are CSL items as Pandoc reads them from
 * YAML (maps, lists and texts); {@code bibliography} is a file path relative to the source and
 * {@code style} a CSL style id; either may be null.
 */
public record CitationSources(List<Item> references, String bibliography, SourcePos bibliographyPos, String style,
        SourcePos stylePos) {

    public static final CitationSources NONE = new CitationSources(List.of(), null, SourcePos.NONE, null, SourcePos.NONE);

    /** One reference and the front-matter line it starts on. */
    public record Item(Map<String, Object> fields, SourcePos pos) {}

    public boolean isEmpty() {
        return references.isEmpty() && bibliography == null;
    }
}
