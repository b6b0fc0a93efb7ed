package org.handout.citation;

import java.util.ArrayList;
import java.util.List;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;

/** Authors and year of a reference, for narrative citations and metadata. */
final class Names {
    private Names() {}

    /** "Zarate", "Zarate & Duman", "Zarate et al."; the title when there is no author. */
    static String of(CSLItemData item) {
        List<String> family = new ArrayList<>();
        CSLName[] names = item.getAuthor() != null ? item.getAuthor() : item.getEditor();
        for (CSLName name : names == null ? new CSLName[0] : names) {
            family.add(name.getFamily() != null ? name.getFamily() : name.getLiteral());
        }
        family.removeIf(n -> n == null || n.startsWith("et al"));
        if (family.isEmpty()) {
            return item.getTitle() == null ? item.getId() : item.getTitle();
        }
        return family.size() == 1 ? family.get(0) : family.size() == 2 ? family.get(0) + " & " + family.get(1)
                : family.get(0) + " et al.";
    }

    /** Full names as written ("R. S. Duman"), for metadata. */
    static List<String> full(CSLItemData item) {
        List<String> out = new ArrayList<>();
        for (CSLName name : item.getAuthor() == null ? new CSLName[0] : item.getAuthor()) {
            String full = name.getLiteral() != null ? name.getLiteral()
                    : ((name.getGiven() == null ? "" : name.getGiven() + " ") + (name.getFamily() == null ? "" : name.getFamily())).strip();
            if (!full.isEmpty() && !full.startsWith("et al")) {
                out.add(full);
            }
        }
        return out;
    }

    /** The year of publication, or "n.d." (no date) as styles write it. */
    static String year(CSLItemData item) {
        String date = date(item);
        return date == null ? "n.d." : date.substring(0, 4);
    }

    /** The publication date as ISO 8601 (year, year-month or full date), or null. */
    static String date(CSLItemData item) {
        if (item == null || item.getIssued() == null || item.getIssued().getDateParts() == null
                || item.getIssued().getDateParts().length == 0 || item.getIssued().getDateParts()[0].length == 0) {
            return null;
        }
        int[] parts = item.getIssued().getDateParts()[0];
        StringBuilder date = padded(new StringBuilder(), parts[0], 4);
        for (int i = 1; i < parts.length && i < 3; i++) {
            padded(date.append('-'), parts[i], 2);
        }
        return date.toString();
    }

    /** Digits by hand: String.format would load the locale's number symbols, and pick its digits. */
    private static StringBuilder padded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
