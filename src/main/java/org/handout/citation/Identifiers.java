package org.handout.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.model.SourcePos;

/** Finds the identifiers in a reference's text (DOI, PMID, PMCID, ISBN, URL) and links them. */
final class Identifiers {
    enum Kind { URL, DOI, PMCID, PMID, ISBN }

    /** {@code [start, end)} is the text that becomes the link; {@code value} the bare identifier. */
    record Found(Kind kind, int start, int end, String value, String href) {}

    // Earlier alternatives win: a doi.org address is one URL, not a URL holding a DOI.
    private static final Pattern ANY = Pattern.compile(
            "(?<url>https?://[^\\s<>\"]+)"
            + "|(?<doi>\\b10\\.\\d{4,9}/[^\\s<>\"]+)"
            + "|\\b(?<pmcid>PMC\\d{4,9})\\b"
            + "|\\bPMID:?\\s*(?<pmid>\\d{1,9})\\b"
            + "|\\bISBN(?:-1[03])?:?\\s*(?<isbn>(?:\\d[- ]?){9}[\\dXx](?:[- ]?\\d){0,3})\\b",
            Pattern.CASE_INSENSITIVE);

    private Identifiers() {}

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            if (m.group("url") != null) {
                String url = trimEnd(m.group("url"));
                found.add(new Found(Kind.URL, m.start(), m.start() + url.length(), url, url));
            } else if (m.group("doi") != null) {
                String doi = trimEnd(m.group("doi"));
                found.add(new Found(Kind.DOI, m.start(), m.start() + doi.length(), doi, "https://doi.org/" + doi));
            } else if (m.group("pmcid") != null) {
                String pmcid = m.group("pmcid").toUpperCase(java.util.Locale.ROOT);
                found.add(new Found(Kind.PMCID, m.start(), m.end(), pmcid,
                        "https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid + "/"));
            } else if (m.group("pmid") != null) {
                found.add(new Found(Kind.PMID, m.start("pmid"), m.end("pmid"), m.group("pmid"),
                        "https://pubmed.ncbi.nlm.nih.gov/" + m.group("pmid") + "/"));
            } else {
                String isbn = m.group("isbn").replaceAll("[- ]", "").toUpperCase(java.util.Locale.ROOT);
                if (isbn.length() == 10 || isbn.length() == 13) {
                    found.add(new Found(Kind.ISBN, m.start("isbn"), m.end("isbn"), isbn,
                            "https://openlibrary.org/isbn/" + isbn));
                }
            }
        }
        return found;
    }

    /** The first identifier of a kind in the text, or null. */
    static String first(String text, Kind kind) {
        return find(text).stream().filter(f -> f.kind() == kind).map(Found::value).findFirst().orElse(null);
    }

    /** Links the identifiers in text, leaving existing links and code alone. */
    static List<Inline> link(List<Inline> inlines) {
        return new Linker().rewrite(inlines);
    }

    private static final class Linker extends InlineRewrite {
        @Override
        public List<Inline> text(Inline.Text text) {
            List<Inline> out = new ArrayList<>();
            linkText(text.text(), out);
            return out;
        }

        @Override
        public List<Inline> link(Inline.Link link) {
            return List.of(link);
        }
    }

    private static void linkText(String text, List<Inline> out) {
        int at = 0;
        for (Found f : find(text)) {
            if (f.start() > at) {
                out.add(new Inline.Text(text.substring(at, f.start())));
            }
            out.add(new Inline.Link(f.href(), null, List.of(new Inline.Text(text.substring(f.start(), f.end()))),
                    SourcePos.NONE));
            at = f.end();
        }
        if (at < text.length()) {
            out.add(new Inline.Text(text.substring(at)));
        }
    }

    /** Sentence punctuation after an address is not part of it; a closing bracket is, if it closes one. */
    private static String trimEnd(String s) {
        String t = s;
        while (!t.isEmpty()) {
            char c = t.charAt(t.length() - 1);
            boolean unbalanced = (c == ')' && count(t, '(') < count(t, ')')) || (c == ']' && count(t, '[') < count(t, ']'));
            if (".,;:!?'\"”’".indexOf(c) >= 0 || unbalanced) {
                t = t.substring(0, t.length() - 1);
            } else {
                break;
            }
        }
        return t;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
