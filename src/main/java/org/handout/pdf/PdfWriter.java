package org.handout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Document;
import org.handout.pdf.layout.DocumentLayout;
import org.handout.pdf.layout.PageSize;
import org.handout.pdf.tagged.Attachment;
import org.handout.pdf.layout.PageLayout;
import org.handout.pdf.layout.Theme;
import org.handout.pdf.tagged.TaggedPdfWriter;
import org.handout.theme.HouseStyle;

/** Writes a tagged PDF (PDF/UA-1 + PDF/A-2a): layout, then serialization. */
public final class PdfWriter {
    private PdfWriter() {}

    /**
     * {@code attachments} go into the file only for an archival PDF. {@code house} is the house style, or null; the
     * page size is the options', else the house style's, else the language's.
     */
    public static byte[] write(Document document, PdfOptions options, HouseStyle house, List<Attachment> attachments,
            boolean keepGoing, Diagnostics diagnostics) {
        PageSize size = options.pageSize() != null ? options.pageSize()
                : house != null && house.pageSize() != null ? PageSize.named(house.pageSize())
                : PageSize.forLanguage(document.meta().lang());
        PageLayout layout = DocumentLayout.layout(document, Theme.of(size, options.largePrint(), house), keepGoing,
                diagnostics);
        if (diagnostics.hasErrors()) {
            return null;
        }
        try {
            return TaggedPdfWriter.write(document, layout, options.conformance(),
                    options.archival() ? attachments : List.of(), options.fixedDate(),
                    System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
