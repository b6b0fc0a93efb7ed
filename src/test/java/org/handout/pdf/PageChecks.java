package org.handout.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Typographic rules checked on a PDF as PDFBox reads it (see {@link PageGeometry}), never on our
 * layout's own objects: no blank page, no heading (or table header row) ending a page apart from what
 * follows it, no text outside the page's 20 mm margins, no two runs of text drawn over each other.
 */
public final class PageChecks {
    static final float MARGIN = 20 * 72 / 25.4f;
    /** Slack for rounding in the content stream and in PDFBox's text positions. */
    private static final float TOLERANCE = 0.5f;

    private PageChecks() {}

    /** Every broken rule on every page, one line each; empty when the PDF keeps them all. */
    public static List<String> problems(byte[] pdf) throws IOException {
        return problems(pdf, MARGIN);
    }

    /** The same, for pages whose margins are {@code margin} points wide (a house style's). */
    public static List<String> problems(byte[] pdf, float margin) throws IOException {
        List<PageGeometry.Page> pages = PageGeometry.read(pdf);
        List<String> problems = new ArrayList<>();
        for (PageGeometry.Page page : pages) {
            if (page.shapes().stream().allMatch(PageGeometry.Shape::artifact)) {
                problems.add("page " + page.number() + " has nothing on it but artifacts");
            }
            if (page.number() < pages.size()) {
                strandedHeading(page).ifPresent(problems::add);
                strandedHeaderRow(page).ifPresent(problems::add);
            }
            problems.addAll(outsideMargins(page, margin));
            problems.addAll(overlaps(page));
        }
        return problems;
    }

    /** A heading is the lowest thing on a page that is not the last: what it heads starts on the next page. */
    static Optional<String> strandedHeading(PageGeometry.Page page) {
        return lowest(page).filter(PageGeometry.Shape::heading)
                .map(s -> "page " + page.number() + " ends with the heading '" + s.text() + "'");
    }

    /** A table's (tagged) header row is the lowest thing on a page: its first row starts on the next. */
    static Optional<String> strandedHeaderRow(PageGeometry.Page page) {
        return lowest(page).filter(s -> s.type().equals("TH"))
                .map(s -> "page " + page.number() + " ends with a table's header row: '" + s.text() + "'");
    }

    private static Optional<PageGeometry.Shape> lowest(PageGeometry.Page page) {
        return page.shapes().stream().filter(s -> !s.artifact()).min(Comparator.comparingDouble(s -> s.box().bottom()));
    }

    /**
     * Text outside the margins: body text inside the 20 mm margins on every side, footers inside them
     * left and right and in the lower half of the bottom margin at most.
     */
    static List<String> outsideMargins(PageGeometry.Page page, float margin) {
        List<String> problems = new ArrayList<>();
        for (PageGeometry.Shape shape : page.shapes()) {
            if (shape.image()) {
                continue;
            }
            PageGeometry.Box box = shape.box();
            float bottom = shape.footer() ? margin / 2 : margin;
            if (box.left() < margin - TOLERANCE || box.right() > page.width() - margin + TOLERANCE
                    || box.bottom() < bottom - TOLERANCE || box.top() > page.height() - margin + TOLERANCE) {
                problems.add("page " + page.number() + ": '" + shape.text() + "' (" + shape.type() + ") lies outside the margins at "
                        + describe(box));
            }
        }
        return problems;
    }

    /** Two runs of text whose boxes (font ascent to descent) overlap. */
    static List<String> overlaps(PageGeometry.Page page) {
        List<PageGeometry.Shape> text = page.shapes().stream().filter(s -> !s.image()).toList();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            for (int j = i + 1; j < text.size(); j++) {
                PageGeometry.Shape a = text.get(i);
                PageGeometry.Shape b = text.get(j);
                if (a.box().overlaps(b.box(), TOLERANCE)) {
                    problems.add("page " + page.number() + ": '" + a.text() + "' (" + a.type() + ") at " + describe(a.box())
                            + " overlaps '" + b.text() + "' (" + b.type() + ") at " + describe(b.box()));
                }
            }
        }
        return problems;
    }

    private static String describe(PageGeometry.Box box) {
        return String.format(java.util.Locale.ROOT, "[%.1f, %.1f – %.1f, %.1f]", box.left(), box.bottom(), box.right(),
                box.top());
    }
}
