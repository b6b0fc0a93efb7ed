package org.handout.pdf;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Document;

/** Writes a tagged PDF (PDF/UA-1 + PDF/A-2a). A pure function of the model and options. */
public final class PdfWriter {
    private PdfWriter() {}

    public static byte[] write(Document document, PdfOptions options, Diagnostics diagnostics) {
        return new byte[0];
    }
}
