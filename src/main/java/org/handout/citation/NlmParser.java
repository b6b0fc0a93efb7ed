package org.handout.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference in the NLM (PubMed, Vancouver) format into CSL-JSON fields: a journal article,
 * {@code Authors. Title. Journal. Year Mon Day;Volume(Issue):Pages. doi: …. PMID: ….} (also with no
 * period after the journal, or as {@code Journal [Internet]. Year [cited …];…. Available from: URL}),
 * and a web page, {@code Authors. Title [Internet]. Place: Publisher; Year [cited …]. Available from: URL}
 * (authors, place and year may be missing). Anything else is not guessed at: it returns null and
 * the entry stays as written.
 *
 * <p>Besides the fields, the reading lists every piece of the written text and what it is, so that
 * a re-formatted entry can be checked for each (see {@link Completeness}): the parts the parser has
 * no field for (an Epub date, an erratum, a language) are pieces of kind OTHER.
 */
final class NlmParser {
    /** What a piece of the written entry is, which says how to look for it in a re-formatted one. */
    enum Kind { NAME, ET_AL, WORDS, DATE, NUMBER, PAGES, IDENTIFIER, OTHER }

    /** A piece of the written entry, as written. */
    record Piece(Kind kind, String written) {}

    /** The entry's CSL-JSON fields (without "id") and the pieces of its text. */
    record Reading(Map<String, Object> csl, List<Piece> pieces) {}

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\[\\d+\\]|\\d+\\.)\\s+");
    private static final String MONTH = "[A-Z][a-z]{2}";
    private static final String DATE_TEXT = "(?:1[5-9]|20)\\d{2}(?:\\s+" + MONTH + "(?:-" + MONTH + ")?"
            + "(?:\\s+\\d{1,2}(?:-\\d{1,2})?)?)?";
    /**
     * The date that ends the journal's name: ". 2013 Jul;" ". 2020 Jan 5." ". 2019 Mar-Apr:" or, with no
     * period after the journal, " 2002;" (then a volume or pages must follow); with an optional
     * "[cited …]" after it.
     */
    private static final Pattern DATE = Pattern.compile("(?<lead>[.?!][”\"’]?\\s+|\\s+)(?<date>" + DATE_TEXT + ")"
            + "(?:\\s*\\[cited (?<cited>[^\\]]+)\\])?\\s*(?=[;:.]|$)");
    private static final Pattern DATE_PARTS = Pattern.compile(
            "(?<year>\\d{4})(?:\\s+(?<month>" + MONTH + ")(?:-(?<month2>" + MONTH + "))?(?:\\s+(?<day>\\d{1,2})(?:-(?<day2>\\d{1,2}))?)?)?");
    private static final Pattern SOURCE = Pattern.compile(
            "^(?:;\\s*(?<volume>[^(:;.\\s]+))?\\s*(?:\\((?<issue>[^)]*)\\))?\\s*(?::\\s*(?<pages>[^\\s;,]+?))?(?=\\.?(?:\\s|$)|[;,])");
    private static final Pattern WEB_PAGE = Pattern.compile("^(?:(?<authors>[^.\\[]+?)\\.\\s+)?(?<title>[^\\[]+?)\\s+\\[Internet\\]\\."
            + "(?:\\s+(?<place>[^:;.\\[]+):\\s*(?<publisher>[^;\\[]+);)?(?:\\s*(?<date>" + DATE_TEXT + "))?"
            + "\\s*\\[cited (?<cited>[^\\]]+)\\]\\.\\s*Available (?:from|at):?\\s*(?<url>\\S+?)\\.?$");
    /** A personal name as NLM writes it: family name, initials, and a suffix. */
    static final Pattern PERSON = Pattern.compile(
            "^(?<family>\\p{L}[\\p{L}'’ -]*?)\\s+(?<initials>\\p{Lu}{1,4}(?:-\\p{Lu})?)(?:\\s+(?<suffix>Jr|Sr|2nd|3rd|II|III|IV))?$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[.,;]\\s*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern IDS = Pattern.compile(
            "^(?:(?:PubMed\\s+)?PMID:\\s*(?<pmid>\\d+)\\s*[;.]?\\s*)?(?:(?:PubMed Central\\s+)?PMCID:\\s*(?<pmcid>PMC\\d+))?\\.?$");
    private static final Pattern DOI = Pattern.compile("^doi:\\s*(?<doi>10\\.\\S+?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AVAILABLE = Pattern.compile("^(?:Available (?:from|at):?\\s*)?(?<url>https?://\\S+?)\\.?$");

    private NlmParser() {}

    /** The entry's fields and pieces, or null when the text is in neither format. */
    static Reading parse(String citation) {
        String text = NUMBERING.matcher(SPACES.matcher(citation).replaceAll(" ").strip()).replaceFirst("");
        Reading page = webPage(text);
        if (page != null) {
            return page;
        }
        // A date after a period first: a year inside a title is more often followed by a colon than by one.
        for (boolean period : new boolean[] {true, false}) {
            Matcher date = DATE.matcher(text);
            while (date.find()) {
                Reading article = date.group("lead").strip().isEmpty() == period ? null : article(text, date);
                if (article != null) {
                    return article;
                }
            }
        }
        return null;
    }

    private static Reading article(String text, Matcher date) {
        int after = date.end();
        if (date.group("lead").isBlank() && (after >= text.length() || text.charAt(after) != ';' && text.charAt(after) != ':')) {
            return null;
        }
        String head = text.substring(0, date.start()).strip();
        int authorsEnd = head.indexOf(". ");
        if (authorsEnd < 0) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("type", "article-journal");
        if (!names(head.substring(0, authorsEnd), csl, pieces)) {
            return null;
        }
        String[] titleAndJournal = titleAndJournal(head.substring(authorsEnd + 2).strip());
        if (titleAndJournal == null) {
            return null;
        }
        String journal = titleAndJournal[1];
        boolean internet = journal.endsWith(" [Internet]");
        if (internet) {
            journal = journal.substring(0, journal.length() - " [Internet]".length()).strip();
        }
        words("title", titleAndJournal[0], csl, pieces);
        words("container-title", journal, csl, pieces);
        csl.put("container-title-short", journal);
        date("issued", date.group("date"), csl, pieces);
        if (date.group("cited") != null && !date("accessed", date.group("cited"), csl, pieces)) {
            return null;
        }
        Matcher source = SOURCE.matcher(text.substring(after));
        source.lookingAt();
        String volume = source.group("volume");
        String pages = source.group("pages");
        if (pages == null && source.group("issue") == null && volume != null && volume.contains("-")) {
            pages = volume;
            volume = null;
        }
        field("volume", volume, Kind.NUMBER, csl, pieces);
        field("issue", source.group("issue"), Kind.NUMBER, csl, pieces);
        field("page", pages, Kind.PAGES, csl, pieces);
        tail(text.substring(after + source.end()), csl, pieces);
        if (internet && !csl.containsKey("URL")) {
            return null;
        }
        return new Reading(csl, pieces);
    }

    private static Reading webPage(String text) {
        Matcher m = WEB_PAGE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("type", "webpage");
        if (m.group("authors") != null && !names(m.group("authors"), csl, pieces)) {
            return null;
        }
        words("title", m.group("title"), csl, pieces);
        if (m.group("place") != null) {
            words("publisher-place", m.group("place"), csl, pieces);
            words("publisher", m.group("publisher"), csl, pieces);
        }
        if (m.group("date") != null) {
            date("issued", m.group("date"), csl, pieces);
        }
        if (!date("accessed", m.group("cited"), csl, pieces)) {
            return null;
        }
        field("URL", m.group("url"), Kind.IDENTIFIER, csl, pieces);
        return new Reading(csl, pieces);
    }

    /**
     * What follows the pages: identifiers ("doi: …", "PMID: …; PMCID: …", "Available from: URL") become
     * fields; anything else (an Epub date, "Erratum in: …" with its own date and DOI up to the PMID, a
     * language, "Review") is kept as a piece the fields do not hold.
     */
    private static void tail(String tail, Map<String, Object> csl, List<Piece> pieces) {
        boolean erratum = false;
        for (String sentence : SENTENCE_END.split(LEADING_PUNCTUATION.matcher(tail.strip()).replaceFirst(""))) {
            String s = sentence.strip();
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            Matcher ids = IDS.matcher(s);
            Matcher doi = DOI.matcher(s);
            Matcher url = AVAILABLE.matcher(s);
            if (ids.matches() && (ids.group("pmid") != null || ids.group("pmcid") != null)) {
                erratum = false;
                field("PMID", ids.group("pmid"), Kind.IDENTIFIER, csl, pieces);
                field("PMCID", ids.group("pmcid"), Kind.IDENTIFIER, csl, pieces);
            } else if (!erratum && doi.matches() && !csl.containsKey("DOI")) {
                field("DOI", doi.group("doi"), Kind.IDENTIFIER, csl, pieces);
            } else if (!erratum && url.matches() && !csl.containsKey("URL")) {
                field("URL", url.group("url"), Kind.IDENTIFIER, csl, pieces);
            } else {
                erratum = erratum || s.startsWith("Erratum in:");
                pieces.add(new Piece(Kind.OTHER, s));
            }
        }
    }

    /** A quoted title runs to its closing quote; otherwise the journal is the last sentence. */
    private static String[] titleAndJournal(String rest) {
        String title;
        String journal;
        if (rest.startsWith("“") || rest.startsWith("\"")) {
            int close = rest.indexOf(rest.startsWith("“") ? '”' : '"', 1);
            if (close < 0) {
                return null;
            }
            title = rest.substring(1, close).strip();
            String after = rest.substring(close + 1);
            journal = (after.startsWith(".") ? after.substring(1) : after).strip();
        } else {
            List<String> sentences = List.of(SENTENCE_END.split(rest));
            if (sentences.size() < 2) {
                return null;
            }
            journal = sentences.get(sentences.size() - 1);
            title = String.join(" ", sentences.subList(0, sentences.size() - 1));
        }
        title = withoutFinalPeriod(title);
        journal = withoutFinalPeriod(journal).strip();
        return title.isEmpty() || journal.isEmpty() || journal.contains(". ") ? null : new String[] {title, journal};
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Personal names ("Duman RS", "Zarate CA Jr"), group authors ("PRISMA Group"), and "et al", which
     * says the list goes on: it ends the names with the literal name "others", as Pandoc reads BibTeX's
     * "and others" (and as citation styles write "et al."). A list that ends in "editors" names editors.
     */
    private static boolean names(String list, Map<String, Object> csl, List<Piece> pieces) {
        String role = "author";
        String names = list;
        Matcher editors = Pattern.compile(",\\s*(editors?)$").matcher(list);
        if (editors.find()) {
            role = "editor";
            names = list.substring(0, editors.start());
            pieces.add(new Piece(Kind.WORDS, editors.group(1)));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(names)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher person = PERSON.matcher(name);
            Map<String, Object> parsed = new LinkedHashMap<>();
            if (name.equals("et al")) {
                pieces.add(new Piece(Kind.ET_AL, name));
                out.add(Map.of("literal", "others"));
                continue;
            } else if (person.matches()) {
                parsed.put("family", person.group("family"));
                parsed.put("given", initials(person.group("initials")));
                if (person.group("suffix") != null) {
                    parsed.put("suffix", person.group("suffix"));
                }
            } else {
                parsed.put("literal", name);
            }
            pieces.add(new Piece(Kind.NAME, name));
            out.add(parsed);
        }
        if (out.isEmpty()) {
            return false;
        }
        csl.put(role, out);
        return true;
    }

    /** "RS" becomes "R. S.", so that every style can initialize it its own way. */
    private static String initials(String letters) {
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c == '-') {
                given.append('-');
            } else {
                given.append(given.length() == 0 || given.charAt(given.length() - 1) == '-' ? "" : " ").append(c).append('.');
            }
        }
        return given.toString();
    }

    /** "2013 Jul 5" as CSL date parts; "2012 Jul-Aug" as a range. False when it is not such a date. */
    private static boolean date(String field, String written, Map<String, Object> csl, List<Piece> pieces) {
        Matcher m = DATE_PARTS.matcher(written.strip());
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group("year"));
        int month = month(m.group("month"));
        int month2 = month(m.group("month2"));
        if (m.group("month") != null && month == 0 || m.group("month2") != null && month2 == 0) {
            return false;
        }
        List<Integer> from = new ArrayList<>(List.of(year));
        List<Integer> to = null;
        if (month > 0) {
            from.add(month);
            if (month2 > 0) {
                to = new ArrayList<>(List.of(year, month2));
            }
        }
        if (m.group("day") != null) {
            from.add(Integer.parseInt(m.group("day")));
            if (m.group("day2") != null) {
                to = new ArrayList<>(List.of(year, month, Integer.parseInt(m.group("day2"))));
            }
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", to == null ? List.of(from) : List.of(from, to));
        csl.put(field, date);
        pieces.add(new Piece(Kind.DATE, written.strip()));
        return true;
    }

    private static int month(String name) {
        return name == null ? 0 : MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    private static void words(String field, String value, Map<String, Object> csl, List<Piece> pieces) {
        field(field, value, Kind.WORDS, csl, pieces);
    }

    private static void field(String field, String value, Kind kind, Map<String, Object> csl, List<Piece> pieces) {
        if (value != null && !value.isBlank()) {
            csl.put(field, value.strip());
            pieces.add(new Piece(kind, value.strip()));
        }
    }
}
