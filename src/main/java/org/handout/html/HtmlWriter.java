package org.handout.html;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Document;

/** Writes one self-contained, accessible HTML5 page. A pure function of the model. */
public final class HtmlWriter {
    private HtmlWriter() {}

    public static String write(Document document, Diagnostics diagnostics) {
        return "<!DOCTYPE html><html lang=\"" + document.meta().lang() + "\"><head><meta charset=\"utf-8\"><title>"
                + document.meta().title() + "</title></head><body></body></html>";
    }
}
