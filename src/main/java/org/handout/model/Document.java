package org.handout.model;

import java.util.List;
import java.util.Map;

/**
 * The whole semantic tree of one source. {@code disclaimer} is null until the disclaimer
 * transform has run; writers refuse a document without one. {@code images} maps an image's
 * source string to its checked file; an image missing from it is shown as its alt text.
 */
public record Document(
        String sourceName, Metadata meta, List<Block> body, List<FootnoteDefinition> footnotes,
        Disclaimer disclaimer, Map<String, ImageFile> images) {

    public Document withBody(List<Block> newBody) {
        return new Document(sourceName, meta, newBody, footnotes, disclaimer, images);
    }

    public Document withMeta(Metadata newMeta) {
        return new Document(sourceName, newMeta, body, footnotes, disclaimer, images);
    }

    public Document withImages(Map<String, ImageFile> newImages) {
        return new Document(sourceName, meta, body, footnotes, disclaimer, Map.copyOf(newImages));
    }

    public Document withDisclaimer(Disclaimer newDisclaimer) {
        return new Document(sourceName, meta, body, footnotes, newDisclaimer, images);
    }
}
