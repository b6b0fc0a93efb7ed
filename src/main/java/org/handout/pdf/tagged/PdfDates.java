package org.handout.pdf.tagged;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.handout.model.IsoDate;

/**
 * The one date a PDF carries (creation = modification), chosen so that output is reproducible:
 * the front matter's date, else {@code --date}, else SOURCE_DATE_EPOCH, else a fixed date.
 * Never the clock. Always in UTC, so the time zone of the machine cannot change the bytes.
 */
final class PdfDates {
    /**
     * The date of a document that gives none, so that output never depends on the clock. Made, and
     * dates written, without {@code DateTimeFormatter}: building its parsers and printers cost a cold
     * start about 15 ms, and most handouts give no date.
     */
    static final OffsetDateTime FALLBACK_DATE = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private PdfDates() {}

    static OffsetDateTime resolve(String frontMatterDate, String optionDate, String sourceDateEpoch) {
        OffsetDateTime parsed = IsoDate.parse(frontMatterDate);
        if (parsed == null) {
            parsed = IsoDate.parse(optionDate);
        }
        if (parsed == null && sourceDateEpoch != null && sourceDateEpoch.matches("\\d{1,12}")) {
            parsed = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch)).atOffset(ZoneOffset.UTC);
        }
        return parsed != null ? parsed : FALLBACK_DATE;
    }

    /** {@code 2025-03-14T00:00:00Z}, for XMP (a fraction of a second too, when the date has one). */
    static String xmp(OffsetDateTime date) {
        if (date.getNano() != 0 || !fourDigitYear(date)) {
            return date.format(DateTimeFormatter.ISO_INSTANT);
        }
        return digits(date.getYear(), 4) + "-" + digits(date.getMonthValue(), 2) + "-" + digits(date.getDayOfMonth(), 2)
                + "T" + digits(date.getHour(), 2) + ":" + digits(date.getMinute(), 2) + ":" + digits(date.getSecond(), 2) + "Z";
    }

    /** {@code D:20250314000000+00'00'}, for the Info dictionary. */
    static String info(OffsetDateTime date) {
        if (!fourDigitYear(date)) {
            return "D:" + date.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "+00'00'";
        }
        return "D:" + digits(date.getYear(), 4) + digits(date.getMonthValue(), 2) + digits(date.getDayOfMonth(), 2)
                + digits(date.getHour(), 2) + digits(date.getMinute(), 2) + digits(date.getSecond(), 2) + "+00'00'";
    }

    private static boolean fourDigitYear(OffsetDateTime date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    /** {@code value} with leading zeros to {@code width} digits. */
    private static String digits(int value, int width) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }
}
