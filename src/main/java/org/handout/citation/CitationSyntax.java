package org.handout.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLLabel;

/**
 * Finds citations in text: Pandoc's {@code [@key]}, {@code [see @a, p. 33; @b]},
 * {@code [-@key]} and narrative {@code @key}, and numeric markers such as {@code [1]},
 * {@code [2,3]} and {@code [1-3, 7]}. An e-mail address is never a citation.
 */
final class CitationSyntax {
    enum Form { NORMAL, NARRATIVE, SUPPRESS_AUTHOR }

    /** One cited item; {@code key} is a Pandoc key, or the number of a free-text entry. */
    record Cite(String key, Form form, String prefix, CSLLabel label, String locator, String suffix) {}

    /** A group of citations at {@code [start, end)} of the text. */
    record Cluster(int start, int end, List<Cite> cites) {}

    private static final String KEY = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[:.#$%&+?<>~/-](?=[\\p{L}\\p{N}_]))*";
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]*@[^\\[\\]]*)\\]");
    private static final Pattern ITEM = Pattern.compile(
            "^(?<prefix>(?:.*[^\\p{L}\\p{N}_.+-])?)(?<minus>-)?@(?<key>" + KEY + ")(?<suffix>.*)$", Pattern.DOTALL);
    private static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}_.+@-])@(" + KEY + ")");
    private static final Pattern NUMERIC = Pattern.compile(
            "\\[(\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?(?:\\s*,\\s*\\d{1,4}(?:\\s*[-–]\\s*\\d{1,4})?)*)\\]");
    private static final Pattern LOCATOR = Pattern.compile(
            "^,?\\s*(?<label>pp?|pages?|chap|chapter|ch|sec|section|figs?|figure|para|paragraph|vol|volume|l|line|n|note)"
            + "\\.?\\s+(?<locator>[\\p{N}\\p{L}]+(?:\\s*[-–,]\\s*[\\p{N}\\p{L}]+)*)(?<rest>.*)$",
            Pattern.DOTALL);
    private static final Map<String, CSLLabel> LABELS = Map.ofEntries(Map.entry("p", CSLLabel.PAGE),
            Map.entry("pp", CSLLabel.PAGE), Map.entry("page", CSLLabel.PAGE), Map.entry("pages", CSLLabel.PAGE),
            Map.entry("chap", CSLLabel.CHAPTER), Map.entry("chapter", CSLLabel.CHAPTER), Map.entry("ch", CSLLabel.CHAPTER),
            Map.entry("sec", CSLLabel.SECTION), Map.entry("section", CSLLabel.SECTION), Map.entry("fig", CSLLabel.FIGURE),
            Map.entry("figs", CSLLabel.FIGURE), Map.entry("figure", CSLLabel.FIGURE), Map.entry("para", CSLLabel.PARAGRAPH),
            Map.entry("paragraph", CSLLabel.PARAGRAPH), Map.entry("vol", CSLLabel.VOLUME), Map.entry("volume", CSLLabel.VOLUME),
            Map.entry("l", CSLLabel.LINE), Map.entry("line", CSLLabel.LINE), Map.entry("n", CSLLabel.NOTE),
            Map.entry("note", CSLLabel.NOTE));

    private CitationSyntax() {}

    /** Pandoc citations; narrative ones only when {@code narrative} (a document with data references). */
    static List<Cluster> pandoc(String text, boolean narrative) {
        List<Cluster> clusters = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            List<Cite> cites = bracketed(m.group(1));
            if (cites != null) {
                clusters.add(new Cluster(m.start(), m.end(), cites));
            }
        }
        if (narrative) {
            Matcher n = NARRATIVE.matcher(text);
            while (n.find()) {
                int at = n.start();
                if (clusters.stream().noneMatch(c -> c.start() <= at && at < c.end())) {
                    clusters.add(new Cluster(n.start(), n.end(), List.of(new Cite(n.group(1), Form.NARRATIVE, "", null, null, ""))));
                }
            }
            clusters.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return clusters;
    }

    /** Numeric markers; each number is the key of the free-text entry with that number. */
    static List<Cluster> numeric(String text) {
        List<Cluster> clusters = new ArrayList<>();
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
    private static List<Cite> bracketed(String inner) {
        List<Cite> cites = new ArrayList<>();
        for (String part : inner.split(";")) {
            Matcher item = ITEM.matcher(part.strip());
            if (!item.matches()) {
                return null;
            }
            Form form = item.group("minus") != null ? Form.SUPPRESS_AUTHOR : Form.NORMAL;
            cites.add(withLocator(item.group("key"), form, item.group("prefix").strip(), item.group("suffix")));
        }
        return cites;
    }

    private static Cite withLocator(String key, Form form, String prefix, String suffix) {
        Matcher locator = LOCATOR.matcher(suffix);
        if (locator.matches()) {
            CSLLabel label = LABELS.get(locator.group("label").toLowerCase(Locale.ROOT));
            return new Cite(key, form, prefix, label, locator.group("locator"), locator.group("rest").strip());
        }
        return new Cite(key, form, prefix, null, null, suffix.replaceFirst("^,\\s*", "").strip());
    }
}
