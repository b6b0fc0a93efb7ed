package org.handout.transform;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Document;

/** The fixed order in which the transforms run between the reader and the writers. */
public final class Transforms {
    private Transforms() {}

    public static Document apply(Document document, String disclaimerFileText, Diagnostics diagnostics) {
        Document titled = Title.apply(document, diagnostics);
        Document headed = Headings.apply(titled, diagnostics);
        Document sectioned = Sections.apply(headed);
        return DisclaimerText.apply(sectioned, disclaimerFileText, diagnostics);
    }
}
