package org.handout.citation;

import java.util.ArrayList;
import java.util.List;

import de.undercouch.citeproc.bibtex.PageParser;
import de.undercouch.citeproc.bibtex.PageRange;
import de.undercouch.citeproc.helper.PageRangeFormatter;

/**
 * A page locator ("364-366") written as the style writes page ranges: its page-range-format and
 * delimiter, by citeproc-java's own formatter for the page variable, which it applies to pages but
 * not to locators.
 */
final class PageLocator {
    private PageLocator() {}

    /** The locator in the format ("expanded", "chicago"…, null for none), or null when it is not pages. */
    static String format(String locator, String format, String delimiter) {
        if (!locator.matches("[\\p{Alnum}]+(?:\\s*[-–]\\s*[\\p{Alnum}]+)?(?:\\s*,\\s*[\\p{Alnum}]+(?:\\s*[-–]\\s*[\\p{Alnum}]+)?)*")) {
            return null;
        }
        PageRangeFormatter.Format style = format == null ? null : switch (format) {
            case "chicago", "chicago-15" -> PageRangeFormatter.Format.CHICAGO15;
            case "chicago-16" -> PageRangeFormatter.Format.CHICAGO16;
            case "expanded" -> PageRangeFormatter.Format.EXPANDED;
            case "minimal" -> PageRangeFormatter.Format.MINIMAL;
            case "minimal-two" -> PageRangeFormatter.Format.MINIMAL2;
            default -> null;
        };
        List<String> ranges = new ArrayList<>();
        for (PageRange range : PageParser.parse(locator.replace('–', '-'))) {
            ranges.add(style != null ? PageRangeFormatter.format(range, style, delimiter)
                    : range.isMultiplePages() ? range.getPageFirst() + delimiter + range.getPageLast() : range.getLiteral());
        }
        return String.join(", ", ranges);
    }
}
