package org.handout.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one reading of a date that a PDF's metadata can carry: ISO 8601, a day ({@code 2025-03-14}) or a time with its
 * offset ({@code 2025-03-14T09:30:00+01:00}). The front matter's {@code date} is shown as written; it is read this way
 * for the PDF, and the reader warns, with the same rule, when it cannot be.
 */
public final class IsoDate {
    /** What a date must be, for messages that refuse one: "DATE is not " + this. */
    public static final String EXPECTED = "a full ISO 8601 date such as 2025-03-14 or 2025-03-14T09:30:00+01:00";

    private IsoDate() {}

    /** The date in UTC, or null when {@code text} is none of those forms (or null). */
    public static OffsetDateTime parse(String text) {
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
}
