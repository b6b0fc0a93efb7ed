package org.handout.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * Reads a journal article in the NLM (PubMed, Vancouver) format:
 * {@code Authors. Title. Journal. Year Mon Day;Volume(Issue):Pages. doi: …. PMID: ….}
 * Anything else is not guessed at: it returns null and the entry stays as written.
 */
final class NlmParser {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\[\\d+\\]|\\d+\\.)\\s+");
    /** The date that ends the journal's name: ". 2013 Jul;" ". 2020 Jan 5." ". 2019 Mar-Apr:" */
    private static final Pattern DATE = Pattern.compile(
            "(?<=[.?!])[”\"’]?\\s+(?<year>(?:1[89]|20)\\d{2})(?:\\s+(?<month>[A-Z][a-z]{2})[a-z]*(?:-[A-Z][a-z]+)?"
            + "(?:\\s+(?<day>\\d{1,2}))?)?\\s*(?=[;:.]|$)");
    private static final Pattern SOURCE = Pattern.compile(
            "^\\s*(?:;\\s*(?<volume>[^(:;.]*))?\\s*(?:\\((?<issue>[^)]*)\\))?\\s*(?::\\s*(?<pages>[^\\s.;,]+))?");
    private static final Pattern PERSON = Pattern.compile(
            "^(?<family>\\p{L}[\\p{L}'’ -]*?)\\s+(?<initials>\\p{Lu}{1,4}(?:-\\p{Lu})?)(?:\\s+(?<suffix>Jr|Sr|2nd|3rd|II|III|IV))?$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");

    private NlmParser() {}

    /** The article as CSL data with {@code id}, or null when the text is not in the NLM format. */
    static CSLItemData parse(String id, String citation) {
        String text = NUMBERING.matcher(citation.replaceAll("\\s+", " ").strip()).replaceFirst("");
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            CSLItemData item = article(id, text, date);
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    private static CSLItemData article(String id, String text, Matcher date) {
        String head = text.substring(0, date.start()).strip();
        int authorsEnd = head.indexOf(". ");
        if (authorsEnd < 0) {
            return null;
        }
        List<CSLName> authors = authors(head.substring(0, authorsEnd));
        String[] titleAndJournal = titleAndJournal(head.substring(authorsEnd + 2).strip());
        if (authors.isEmpty() || titleAndJournal == null) {
            return null;
        }
        Matcher source = SOURCE.matcher(text.substring(date.end()));
        source.lookingAt();
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).type(CSLType.ARTICLE_JOURNAL)
                .author(authors.toArray(CSLName[]::new)).title(titleAndJournal[0])
                .containerTitle(titleAndJournal[1]).containerTitleShort(titleAndJournal[1])
                .volume(blankToNull(source.group("volume"))).issue(blankToNull(source.group("issue")))
                .page(blankToNull(source.group("pages")));
        int year = Integer.parseInt(date.group("year"));
        int month = date.group("month") == null ? 0 : MONTHS.indexOf(date.group("month").toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            item.issued(year);
        } else if (date.group("day") == null) {
            item.issued(year, month);
        } else {
            item.issued(year, month, Integer.parseInt(date.group("day")));
        }
        String tail = text.substring(date.end());
        item.DOI(Identifiers.first(tail, Identifiers.Kind.DOI)).PMID(Identifiers.first(tail, Identifiers.Kind.PMID))
                .PMCID(Identifiers.first(tail, Identifiers.Kind.PMCID));
        return item.build();
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
            journal = rest.substring(close + 1).replaceFirst("^\\.", "").strip();
        } else {
            List<String> sentences = List.of(SENTENCE_END.split(rest));
            if (sentences.size() < 2) {
                return null;
            }
            journal = sentences.get(sentences.size() - 1);
            title = String.join(" ", sentences.subList(0, sentences.size() - 1));
        }
        title = title.replaceFirst("\\.$", "");
        journal = journal.replaceFirst("\\.$", "").strip();
        return title.isEmpty() || journal.isEmpty() || journal.contains(". ") ? null : new String[] {title, journal};
    }

    /** Personal names ("Duman RS"), group authors, and "et al" as the style's own words. */
    private static List<CSLName> authors(String list) {
        List<CSLName> names = new ArrayList<>();
        for (String part : list.split("\\s*[,;]\\s*")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher person = PERSON.matcher(name);
            if (name.equals("et al")) {
                names.add(new CSLNameBuilder().literal("et al.").build());
            } else if (person.matches()) {
                names.add(new CSLNameBuilder().family(person.group("family")).given(initials(person.group("initials")))
                        .suffix(person.group("suffix")).build());
            } else {
                names.add(new CSLNameBuilder().literal(name).build());
            }
        }
        return names;
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
