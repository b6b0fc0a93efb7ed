package org.handout.pdf.tagged;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;


/**
 * The one date a PDF carries (creation = modification), chosen so that output is reproducible:
 * the front matter's date, else {@code --date}, else SOURCE_DATE_EPOCH, else a fixed date.
 * Never the clock. Always in UTC, so the time zone of the machine cannot change the bytes.
 */
final class PdfDates {
    /** The date of a document that gives none, so that output never depends on the clock. */
    static final String FALLBACK_DATE = "2000-01-01T00:00:00Z";

    private PdfDates() {}

    static OffsetDateTime resolve(String frontMatterDate, String optionDate, String sourceDateEpoch) {
        OffsetDateTime parsed = parse(frontMatterDate);
        if (parsed == null) {
            parsed = parse(optionDate);
        }
        if (parsed == null && sourceDateEpoch != null && sourceDateEpoch.matches("\\d{1,12}")) {
            parsed = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch)).atOffset(ZoneOffset.UTC);
        }
        return parsed != null ? parsed : OffsetDateTime.parse(FALLBACK_DATE);
    }

    private static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** {@code 2025-03-14T00:00:00Z}, for XMP. */
    static String xmp(OffsetDateTime date) {
        return date.format(DateTimeFormatter.ISO_INSTANT);
    }

    /** {@code D:20250314000000+00'00'}, for the Info dictionary. */
    static String info(OffsetDateTime date) {
        return "D:" + date.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "+00'00'";
    }
}
