package org.handout.transform;

import org.handout.citation.CitationOptions;
import org.handout.citation.Citations;
import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.model.Document;
import org.handout.model.SourcePos;

/** The fixed order in which the transforms run between the reader and the writers. */
public final class Transforms {
    private Transforms() {}

    public static Document apply(Document document, DisclaimerText.File disclaimerFile, CitationOptions citations,
            Diagnostics diagnostics) {
        if (document.body().isEmpty()) {
            diagnostics.warn(SourcePos.line(1), "the document has no body: only its title and disclaimer are rendered");
        }
        if (!Labels.supports(document.meta().lang())
                && !document.meta().labels().keySet().containsAll(Labels.keys())) {
            diagnostics.warn(SourcePos.line(1), "the renderer's own words (headings, page numbers, links back) have no"
                    + " reviewed '" + document.meta().lang() + "' translation: they are in English, marked as English"
                    + " (give your own in the front matter: labels: {back: …, notes: …})");
        }
        // The disclaimer comes first so that the transforms of images, raw HTML and language reach its words too;
        // an image anywhere that was not loaded becomes words.
        Document disclaimed = MissingImages.apply(DisclaimerText.apply(document, disclaimerFile, diagnostics));
        Document titled = Title.apply(RawHtmlContent.apply(disclaimed, diagnostics), diagnostics);
        Document headed = Headings.apply(titled, diagnostics);
        Document sectioned = Sections.apply(LanguageSpans.apply(TableCaptions.apply(headed)));
        // Last, so that every footnote call is named where it will stay.
        return FootnoteCalls.apply(Citations.apply(sectioned, citations, diagnostics));
    }
}
