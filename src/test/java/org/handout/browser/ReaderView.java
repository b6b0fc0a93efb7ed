package org.handout.browser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a screen-reader user meets in a document, gathered in reading order from an accessibility
 * tree (Chromium's of the HTML, or pdf.js's of the PDF, see {@link PdfJs}): the heading outline,
 * every word, link names, figure alternatives, table header cells, and where the disclaimer is.
 * Text is compared after NFKC normalisation (pdf.js applies it: µ comes back as μ), words as runs
 * of letters, digits and marks, so bullets and list punctuation, which differ between the outputs
 * by design, do not count. Words run on across inline elements, as they are written, and break
 * at the edges of blocks and links.
 */
record ReaderView(List<String> headings, List<String> words, List<String> links, List<String> figures,
        List<List<String>> tables, List<String> titleBlock, List<String> disclaimer) {

    private static final Set<String> LINKS = Set.of("link", "doc-backlink", "doc-noteref", "doc-biblioref");
    private static final Set<String> HEADER_CELLS = Set.of("columnheader", "rowheader");
    private static final Set<String> CELLS = Set.of("columnheader", "rowheader", "cell");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    /**
     * Reads a tree; {@code skip} leaves out a subtree (the page's chrome: skip link and footer),
     * {@code disclaimerHeading} names the disclaimer's heading.
     */
    static ReaderView of(AxTree.Node root, Predicate<AxTree.Node> skip, String disclaimerHeading) {
        Walk walk = new Walk(skip, text(disclaimerHeading));
        walk.visit(root);
        walk.flush();
        return new ReaderView(walk.headings, walk.words, walk.links, walk.figures, walk.tables, walk.titleBlock,
                walk.disclaimer);
    }

    /**
     * NFKC, one space for any white space, trimmed; soft hyphens, zero-width spaces and joiners
     * (ZWSP, ZWNJ, ZWJ, word joiner) and the invisible marks of direction (LRM, RLM, embeddings,
     * isolates) left out, as a reader leaves them unsaid.
     */
    static String text(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * The words of a text. In right-to-left words the marks are left out: pdf.js reads a mark at
     * the visual start of a right-to-left line with the line before it (a known limit, in the
     * README), so only the letters are compared there, and a mark on its own is no word.
     */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(text(s).toLowerCase(Locale.ROOT))) {
            String compared = rightToLeft(word) ? word.replaceAll("\\p{Mn}", "") : word;
            if (!compared.isEmpty()) {
                words.add(compared);
            }
        }
        return words;
    }

    /** Blocks of right-to-left scripts, their marks included (Arabic's are of the "inherited" script). */
    private static final Set<Character.UnicodeBlock> RIGHT_TO_LEFT = Set.of(Character.UnicodeBlock.ARABIC,
            Character.UnicodeBlock.ARABIC_SUPPLEMENT, Character.UnicodeBlock.ARABIC_EXTENDED_A,
            Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A, Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B,
            Character.UnicodeBlock.HEBREW, Character.UnicodeBlock.SYRIAC, Character.UnicodeBlock.THAANA,
            Character.UnicodeBlock.NKO);

    /** Written in a right-to-left script: its letters, or a mark of such a script on its own. */
    private static boolean rightToLeft(String word) {
        return word.codePoints().anyMatch(cp -> RIGHT_TO_LEFT.contains(Character.UnicodeBlock.of(cp)));
    }

    private static final class Walk {
        final Predicate<AxTree.Node> skip;
        final String disclaimerHeading;
        final List<String> headings = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> figures = new ArrayList<>();
        final List<List<String>> tables = new ArrayList<>();
        List<String> titleBlock = List.of();
        List<String> disclaimer = List.of();

        Walk(Predicate<AxTree.Node> skip, String disclaimerHeading) {
            this.skip = skip;
            this.disclaimerHeading = disclaimerHeading;
        }

        /** Text met since the last edge of a block: words run on across inline elements, as they are written. */
        private final StringBuilder run = new StringBuilder();

        void visit(AxTree.Node node) {
            if (skip.test(node)) {
                return;
            }
            if (node.block()) {
                flush();
            }
            read(node);
            if (node.block()) {
                flush();
            }
        }

        void flush() {
            words.addAll(words(run.toString()));
            run.setLength(0);
        }

        private void read(AxTree.Node node) {
            String role = node.role();
            if (role.equals("StaticText") || role.equals("ListMarker") || role.equals("checkbox")) {
                // A list marker's name is its text ("1. "); a task's checkbox is named by its label,
                // whose text Chromium leaves out of the tree.
                run.append(node.name());
                return;
            }
            if (role.equals("image") || role.equals("img") || role.equals("figure") && node.children().isEmpty()) {
                // An HTML image, or a PDF figure: read as its alternative.
                figures.add(text(node.name()));
                run.append(node.name());
                return;
            }
            if (role.equals("heading")) {
                headings.add(node.level() + " " + text(node.name()));
            }
            if (LINKS.contains(role)) {
                links.add(text(node.name()));
            }
            if (role.equals("table")) {
                headerCells(node);
            }
            boolean disclaimerHere = node.children().stream()
                    .anyMatch(c -> c.role().equals("heading") && text(c.name()).equals(disclaimerHeading));
            if (disclaimerHere) {
                flush();
                titleBlock = List.copyOf(words);
            }
            int start = words.size();
            if (node.children().isEmpty() && CELLS.contains(role)) {
                // A cell named for assistive technology with nothing inside (a PDF header cell's /Alt).
                run.append(node.name());
            }
            node.children().forEach(this::visit);
            if (disclaimerHere) {
                flush();
                disclaimer = List.copyOf(words.subList(start, words.size()));
            }
        }

        /**
         * The header cells of a table. pdf.js repeats a table's structure on each page it spans, with
         * rows from other pages left empty: a table whose header rows are all empty here continues
         * the one before it and adds none.
         */
        void headerCells(AxTree.Node table) {
            List<String> cells = new ArrayList<>();
            boolean emptyHeaderRow = false;
            for (AxTree.Node row : table.all("row")) {
                List<AxTree.Node> headers = row.children().stream().filter(c -> HEADER_CELLS.contains(c.role())).toList();
                if (headers.isEmpty()) {
                    continue;
                }
                if (row.children().stream().allMatch(c -> text(c.name()).isEmpty())) {
                    emptyHeaderRow = true;
                    continue;
                }
                headers.forEach(h -> cells.add(text(h.name())));
            }
            if (!cells.isEmpty() || !emptyHeaderRow) {
                tables.add(cells);
            }
        }
    }
}
