package org.handout.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole semantic tree of one source. {@code disclaimer} is null until the disclaimer
 * transform has run; writers refuse a document without one. {@code images} maps an image's
 * source string to its checked file, in reading order (an archival PDF attaches them in that order); an
 * image missing from it is shown as its alt text.
 * {@code missingFiles} holds the relative link destinations that name no file beside the source.
 */
public record Document(
        String sourceName, Metadata meta, List<Block> body, List<FootnoteDefinition> footnotes,
        Disclaimer disclaimer, Map<String, ImageFile> images, Set<String> missingFiles) {

    public Document(String sourceName, Metadata meta, List<Block> body, List<FootnoteDefinition> footnotes) {
        this(sourceName, meta, body, footnotes, null, Map.of(), Set.of());
    }

    public Document withBody(List<Block> newBody) {
        return new Document(sourceName, meta, newBody, footnotes, disclaimer, images, missingFiles);
    }

    public Document withContent(List<Block> newBody, List<FootnoteDefinition> newFootnotes, Disclaimer newDisclaimer) {
        return new Document(sourceName, meta, newBody, newFootnotes, newDisclaimer, images, missingFiles);
    }

    public Document withMeta(Metadata newMeta) {
        return new Document(sourceName, newMeta, body, footnotes, disclaimer, images, missingFiles);
    }

    public Document withImages(Map<String, ImageFile> newImages) {
        return new Document(sourceName, meta, body, footnotes, disclaimer, Collections.unmodifiableMap(new LinkedHashMap<>(newImages)), missingFiles);
    }

    public Document withDisclaimer(Disclaimer newDisclaimer) {
        return new Document(sourceName, meta, body, footnotes, newDisclaimer, images, missingFiles);
    }

    public Document withMissingFiles(Set<String> destinations) {
        return new Document(sourceName, meta, body, footnotes, disclaimer, images, Set.copyOf(destinations));
    }
}
