package org.handout.pdf;

import org.handout.pdf.layout.PageSize;
import org.handout.pdf.tagged.Conformance;

/**
 * PDF-only settings. {@code pageSize} null picks Letter for en-US and A4 otherwise.
 * {@code fixedDate} null takes the date from the front matter, then SOURCE_DATE_EPOCH, then
 * 2000-01-01: never from the clock, so that output is reproducible. {@code archival}
 * embeds the Markdown source, its images and its references in the PDF.
 */
public record PdfOptions(PageSize pageSize, boolean largePrint, String fixedDate, Conformance conformance,
        boolean archival) {

    public static PdfOptions defaults() {
        return new PdfOptions(null, false, null, Conformance.UA1_A2A, false);
    }

    /** The standards to meet; {@code archival} also embeds the source, its images and references. */
    public PdfOptions withConformance(Conformance value, boolean carrySource) {
        return new PdfOptions(pageSize, largePrint, fixedDate, value, carrySource);
    }
}
