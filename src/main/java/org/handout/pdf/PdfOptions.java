package org.handout.pdf;

/**
 * PDF-only settings. {@code pageSize} null picks Letter for en-US and A4 otherwise.
 * {@code fixedDate} null takes the date from the front matter, then SOURCE_DATE_EPOCH, then
 * {@link #FALLBACK_DATE}: never from the clock, so that output is reproducible.
 */
public record PdfOptions(PageSize pageSize, boolean largePrint, String fixedDate) {
    public static final String FALLBACK_DATE = "2000-01-01T00:00:00Z";

    public static PdfOptions defaults() {
        return new PdfOptions(null, false, null);
    }
}
