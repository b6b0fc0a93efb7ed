package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/** Finds every image in a document (body, notes and disclaimer), in reading order. */
public final class Images extends ModelWalk {
    private final List<Inline.Image> found = new ArrayList<>();

    private Images() {}

    public static List<Inline.Image> in(Document document) {
        Images images = new Images();
        images.document(document);
        return images.found;
    }

    @Override
    public Void image(Inline.Image image) {
        found.add(image);
        return null;
    }
}
