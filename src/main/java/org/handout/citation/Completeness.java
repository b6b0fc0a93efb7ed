package org.handout.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.model.UnicodeForms;

/**
 * Whether a re-formatted free-text entry still says everything its written form said: each piece
 * the parser found must be in the style's text, in some form a style may give it (a title in
 * another case, "R. S." for "RS", "362-370" for "362-70", "July" for "Jul"). A piece the style
 * leaves out (the month under AMA, an Epub date, an erratum, "Jr" moved before the initials) is
 * missing, and the entry then keeps its written text.
 */
final class Completeness {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern RANGE = Pattern.compile("^(?<first>[A-Za-z]*\\d+)[-–](?<last>[A-Za-z]*\\d+)$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Completeness() {}

    /** The written pieces that {@code formatted} (plain text) does not carry, in their order. */
    static List<String> missing(List<NlmParser.Piece> pieces, String styled) {
        // Styles write typographic apostrophes.
        String formatted = styled.replace('’', '\'');
        String words = " " + fold(formatted) + " ";
        List<String> missing = new ArrayList<>();
        for (NlmParser.Piece piece : pieces) {
            if (!carries(piece, formatted, words)) {
                missing.add(piece.written());
            }
        }
        return missing;
    }

    private static boolean carries(NlmParser.Piece piece, String formatted, String words) {
        String written = piece.written();
        return switch (piece.kind()) {
            case NAME -> name(written, formatted, words);
            case ET_AL -> words.contains(" et al ");
            case DATE -> date(written, words);
            case PAGES -> pages(written, formatted, words);
            case IDENTIFIER -> formatted.toLowerCase(Locale.ROOT).contains(written.toLowerCase(Locale.ROOT));
            case NUMBER, WORDS, OTHER -> words.contains(" " + fold(written) + " ");
        };
    }

    /** "Zarate CA Jr": the family name next to the initials, in either order, with the suffix after them. */
    private static boolean name(String name, String formatted, String words) {
        String written = name.replace('’', '\'');
        Matcher person = NlmParser.PERSON.matcher(written);
        if (!person.matches()) {
            return words.contains(" " + fold(written) + " ");
        }
        String family = Pattern.quote(person.group("family"));
        StringBuilder initials = new StringBuilder();
        for (char c : person.group("initials").toCharArray()) {
            initials.append(c == '-' ? "-?\\s*" : c + "\\.?\\s*");
        }
        String suffix = person.group("suffix") == null ? "" : ",?\\s*" + Pattern.quote(person.group("suffix")) + "\\b\\.?";
        Pattern either = Pattern.compile("(?<![\\p{L}])(?:" + family + ",?\\s+" + initials + suffix + "|" + initials
                + family + suffix + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return either.matcher(formatted).find();
    }

    /** "2013 Jul 5", "2012 Jul-Aug": the year, each month (short or long) and each day. */
    private static boolean date(String written, String words) {
        for (String part : written.split("[\\s-]+")) {
            int month = MONTHS.stream().map(m -> m.substring(0, 3)).toList().indexOf(part.toLowerCase(Locale.ROOT));
            boolean found = month >= 0 ? words.contains(" " + part.toLowerCase(Locale.ROOT) + " ")
                    || words.contains(" " + MONTHS.get(month) + " ") : words.contains(" " + fold(part) + " ");
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * A range may come back with its last page written out or shortened ("362-70" as "362-370",
     * "1357-1366" as "1357–66"), with any dash: the same pages.
     */
    private static boolean pages(String written, String formatted, String words) {
        Matcher range = RANGE.matcher(written);
        if (!range.matches()) {
            return words.contains(" " + fold(written) + " ");
        }
        String first = range.group("first");
        String last = range.group("last");
        String full = last.length() < first.length() ? first.substring(0, first.length() - last.length()) + last : last;
        Matcher shown = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(first) + "\\s*[-–—]\\s*(\\p{Alnum}+)(?![\\p{L}\\p{N}])")
                .matcher(formatted);
        while (shown.find()) {
            if (full.endsWith(shown.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents and punctuation gone, words separated by one space. */
    private static String fold(String text) {
        String plain = UnicodeForms.withoutMarks(text);
        return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
