package org.handout.pdf.tagged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The dates PdfDates writes by hand, against java.time's own formatters (which it avoids on the cold path). */
class PdfDatesTest {
    @Test
    void writesDatesAsJavaTimeDoes() {
        Random random = new Random(20261201);
        for (int i = 0; i < 2000; i++) {
            OffsetDateTime date = OffsetDateTime.of(random.nextInt(10000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), i % 3 == 0 ? random.nextInt(1_000_000_000) : 0,
                    ZoneOffset.UTC);
            assertEquals(date.format(DateTimeFormatter.ISO_INSTANT), PdfDates.xmp(date));
            assertEquals("D:" + date.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "+00'00'", PdfDates.info(date));
        }
    }

    @Test
    void theFallbackIsTheFirstOf2000AndDatesAreReadInUtc() {
        assertEquals("2000-01-01T00:00:00Z", PdfDates.xmp(PdfDates.resolve(null, null, null)));
        assertEquals("2024-05-01T00:00:00Z", PdfDates.xmp(PdfDates.resolve("2024-05-01", null, null)));
        assertEquals("D:20240501220000+00'00'", PdfDates.info(PdfDates.resolve("2024-05-02T00:00:00+02:00", null, null)));
        assertEquals("1970-01-02T00:00:00Z", PdfDates.xmp(PdfDates.resolve(null, null, "86400")));
    }

    /** A front matter date it cannot read gives way to the next source, as its warning (FrontMatter) says. */
    @Test
    void anUnreadableFrontMatterDateGivesWayToTheOption() {
        assertEquals("2024-05-01T00:00:00Z", PdfDates.xmp(PdfDates.resolve("March 2024", "2024-05-01", null)));
        assertEquals("2000-01-01T00:00:00Z", PdfDates.xmp(PdfDates.resolve("14/03/2025", null, null)));
    }
}
