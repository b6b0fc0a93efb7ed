package org.handout.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations in text, by Pandoc's rules: {@code [@key]}, {@code [see @a, p. 33; @b]},
 * {@code [-@key, p. 556]}, narrative {@code @key} and {@code @key [p. 33]}; and numeric markers
 * such as {@code [1]}, {@code [2,3]} and {@code [1-3, 7]}. An e-mail address is never a citation.
 * The text may hold line breaks (a group written over several lines). One deliberate difference:
 * Pandoc reads {@code [@a, @b]} as one citation whose suffix is "@b" (and prints only @b); here a
 * comma before another key separates the group like a semicolon.
 */
final class CitationSyntax {
    enum Form { NORMAL, NARRATIVE, SUPPRESS_AUTHOR }

    /**
     * One cited item; {@code key} is a Pandoc key, or the number of a free-text entry. {@code label}
     * is the CSL locator term ("page", "chapter"…) or null; {@code suffix} is written after the item
     * as it stands (with its own leading comma or space).
     */
    record Cite(String key, Form form, String prefix, String label, String locator, String suffix) {}

    /** A group of citations at {@code [start, end)} of the text; groups sort by where they start. */
    record Cluster(int start, int end, List<Cite> cites) implements Comparable<Cluster> {
        @Override
        public int compareTo(Cluster other) {
            return Integer.compare(start, other.start);
        }

        boolean overlaps(Cluster other) {
            return start < other.end && other.start < end;
        }
    }

    private static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*";
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*@[^\\[\\]]*)\\]");
    private static final Pattern SEPARATOR = Pattern.compile(";|,(?=\\s*-?@[\\p{L}\\p{N}_])");
    private static final Pattern ITEM = Pattern.compile(
            "^(?<prefix>(?:.*[^\\p{L}\\p{N}_.+-])?)(?<minus>-)?@(?<key>" + KEY + ")(?<suffix>.*)$", Pattern.DOTALL);
    private static final Pattern NARRATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.+@-])@(" + KEY + ")(?:[ \\t]+\\[([^\\[\\]@]*)\\])?");
    private static final Pattern NUMERIC = Pattern.compile(
            "\\[(\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?(?:\\s*,\\s*\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?)*)\\]");
    /** One word of a locator: "33", "33-35", "iv", "1.2", "34(1)(a)". */
    private static final Pattern LOCATOR_WORD = Pattern.compile(
            "(?:[\\p{L}\\p{N}]|[-–:](?=[\\p{L}\\p{N}(\\[])|\\.(?=[\\p{L}\\p{N}])|\\([\\p{L}\\p{N}]+\\)|\\[[\\p{L}\\p{N}]+\\])+");
    private static final Pattern ROMAN = Pattern.compile("(?i)m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})");

    private CitationSyntax() {}

    /**
     * Pandoc citations; narrative ones only when {@code narrative} (a document with data references).
     * {@code locale}'s locator terms ("p.", "pages", "chap."), in lower case, to their CSL names, are
     * asked for only when a citation is found.
     */
    static List<Cluster> pandoc(String text, boolean narrative, CslLocale locale) {
        List<Cluster> clusters = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            // Every citation has an @: most text has none, and the patterns try every position of it.
            return clusters;
        }
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            List<Cite> cites = bracketed(m.group(1), locale.locators());
            if (cites != null) {
                clusters.add(new Cluster(m.start(), m.end(), cites));
            }
        }
        if (narrative) {
            Matcher n = NARRATIVE.matcher(text);
            while (n.find()) {
                int at = n.start();
                if (!anyCovers(clusters, at)) {
                    Cite cite = n.group(2) == null ? new Cite(n.group(1), Form.NARRATIVE, "", null, null, "")
                            : withLocator(n.group(1), Form.NARRATIVE, "", n.group(2), locale.locators());
                    clusters.add(new Cluster(n.start(), n.end(), List.of(cite)));
                }
            }
            clusters.sort(null);
        }
        return clusters;
    }

    /** Numeric markers; each number is the key of the free-text entry with that number. */
    static List<Cluster> numeric(String text) {
        List<Cluster> clusters = new ArrayList<>();
        if (text.indexOf('[') < 0) {
            return clusters;
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            List<Cite> cites = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                String[] range = part.strip().split("\\s*[-–]\\s*");
                int from = Integer.parseInt(range[0]);
                int to = Integer.parseInt(range[range.length - 1]);
                for (int n = from; n <= Math.min(to, from + 100); n++) {
                    cites.add(new Cite(String.valueOf(n), Form.NORMAL, "", null, null, ""));
                }
            }
            clusters.add(new Cluster(m.start(), m.end(), cites));
        }
        return clusters;
    }

    /** Every part between semicolons must cite a key, or the brackets are just text. */
    private static List<Cite> bracketed(String inner, Map<String, String> terms) {
        List<Cite> cites = new ArrayList<>();
        for (String part : SEPARATOR.split(inner, -1)) {
            Matcher item = ITEM.matcher(part.strip());
            if (!item.matches()) {
                return null;
            }
            Form form = item.group("minus") != null ? Form.SUPPRESS_AUTHOR : Form.NORMAL;
            cites.add(withLocator(item.group("key"), form, item.group("prefix").strip(), item.group("suffix"), terms));
        }
        return cites;
    }

    /**
     * Pandoc's reading of what follows a key: an optional comma, then a locator (a term of the
     * locale followed by words with digits or roman numerals, or, with no term, words with digits,
     * which are pages), then the rest as the suffix. Without a locator, a suffix that starts with a
     * word gets a comma before it.
     */
    static Cite withLocator(String key, Form form, String prefix, String written, Map<String, String> terms) {
        String suffix = written.replace('\n', ' ').stripTrailing();
        int at = skip(suffix, 0, ",");
        at = skipSpaces(suffix, at);
        String label = null;
        int termEnd = at;
        for (Map.Entry<String, String> term : terms.entrySet()) {
            String name = term.getKey();
            int end = at + name.length();
            if (suffix.regionMatches(true, at, name, 0, name.length()) && end > termEnd
                    && (end == suffix.length() || Character.isWhitespace(suffix.charAt(end))
                        || Character.isDigit(suffix.charAt(end)) && name.endsWith("."))) {
                label = term.getValue();
                termEnd = end;
            }
        }
        boolean explicit = label != null;
        int wordsStart = skipSpaces(suffix, termEnd);
        int end = wordsStart;
        StringBuilder locator = new StringBuilder();
        Matcher word = LOCATOR_WORD.matcher(suffix);
        int next = wordsStart;
        while (word.find(next) && word.start() == next && qualifies(word.group(), explicit)) {
            locator.append(suffix, end, word.end());
            end = word.end();
            int separator = skipSpaces(suffix, end);
            if (separator >= suffix.length() || suffix.charAt(separator) != ',') {
                break;
            }
            next = skipSpaces(suffix, separator + 1);
        }
        if (locator.length() == 0) {
            String rest = suffix.strip();
            boolean word0 = !rest.isEmpty() && Character.isLetterOrDigit(suffix.charAt(0));
            return new Cite(key, form, prefix, null, null, word0 ? ", " + suffix : suffix);
        }
        return new Cite(key, form, prefix, explicit ? label : "page", locator.toString().strip(), suffix.substring(end));
    }

    private static boolean qualifies(String word, boolean explicit) {
        return hasDigit(word) || explicit && ROMAN.matcher(word).matches();
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a group already found covers position {@code at}. */
    private static boolean anyCovers(List<Cluster> clusters, int at) {
        for (Cluster c : clusters) {
            if (c.start() <= at && at < c.end()) {
                return true;
            }
        }
        return false;
    }

    private static int skip(String s, int at, String chars) {
        return at < s.length() && chars.indexOf(s.charAt(at)) >= 0 ? at + 1 : at;
    }

    private static int skipSpaces(String s, int at) {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
