package org.handout.citation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.helper.StringHelper;

/**
 * Where citeproc-java formats an item's data otherwise than the CSL specification (and Pandoc's
 * citeproc), the data it gets is adjusted before, or its output mended after:
 * <ul>
 * <li>numbers the style writes as ordinals go in as ordinals ("3rd"): it writes "3 ed.";
 * <li>a title wholly in capitals ("BMJ") gets an invisible letter: it lowers such titles before
 * title-casing them ("Bmj"); {@link CslHtml} drops the letter again;
 * <li>hyphenated given names lose the hyphen where the style says initialize-with-hyphen="false" and
 * always writes initials: it writes "J-P" for "JP";
 * <li>a name suffix goes after the given name in inverted names ("Zarate CA Jr."): it writes
 * "Zarate Jr. CA";
 * <li>a page range with more than numbers ("540-556.e25") keeps its end: it drops ".e25";
 * <li>a name list that goes on (BibTeX's "and others", the literal name "others", as Pandoc reads it)
 * ends with the locale's "et al.": it writes "others" as a name;
 * <li>a "?" or "!" swallows the comma or period the style puts after it ("Powerless?” n.d."): it
 * writes both;
 * <li>in the bibliography of a style that demotes particles and writes given names in full, "van"
 * goes after the given name ("Os, Jim van", sorted under O): it ignores demote-non-dropping-particle.
 * </ul>
 */
final class ItemFixes {
    /** A letter that is not upper case and shows nothing (HANGUL CHOSEONG FILLER); CslHtml removes it. */
    static final char FILLER = '\u115F';
    /** Stands for "others" at the end of a name list, until it becomes "et al.". */
    private static final String OTHERS = "\u2064";
    private static final Pattern OTHERS_WRITTEN = Pattern.compile("(?:(?:&amp;|&|\\band)\\s+)?" + OTHERS + "(\\.?)");
    private static final Pattern DOUBLE_PUNCTUATION = Pattern.compile("([?!][”’]?)[.,;:]");
    private static final Set<String> TITLES = Set.of("title", "container-title", "collection-title", "volume-title",
            "original-title", "event", "event-title", "title-short", "container-title-short");
    private static final Set<String> NAMES = Set.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "interviewer", "illustrator", "reviewed-author", "recipient");

    private final CitationStyle style;
    private final LocaleTerms terms;

    ItemFixes(CitationStyle style, LocaleTerms terms) {
        this.style = style;
        this.terms = terms;
    }

    /** The item as citeproc-java should get it. */
    Map<String, Object> adjusted(Map<String, Object> item) {
        Map<String, Object> fields = new LinkedHashMap<>(item);
        for (String variable : style.rules.ordinals) {
            Object value = fields.get(variable);
            if (value != null && String.valueOf(value).strip().matches("\\d{1,4}")) {
                fields.put(variable, terms.ordinal(Integer.parseInt(String.valueOf(value).strip())));
            }
        }
        for (String variable : TITLES) {
            if (fields.get(variable) instanceof String title && allCapitals(title)) {
                fields.put(variable, title + FILLER);
            }
        }
        for (String variable : NAMES) {
            if (fields.get(variable) instanceof List<?> names) {
                fields.put(variable, names.stream().map(this::name).toList());
            }
        }
        return fields;
    }

    /** citeproc-java's output for the item, mended. */
    String mended(String html, Map<String, Object> item) {
        String out = DOUBLE_PUNCTUATION.matcher(html).replaceAll("$1");
        if (out.contains(OTHERS)) {
            // "et al." takes the place of the style's period after the names, if any.
            out = OTHERS_WRITTEN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(terms.etAl
                    + (terms.etAl.endsWith(".") ? "" : m.group(1))));
        }
        for (String variable : NAMES) {
            if (item.get(variable) instanceof List<?> names) {
                for (Object name : names) {
                    if (name instanceof Map<?, ?> parts && parts.get("suffix") != null && parts.get("family") != null) {
                        out = suffixLast(out, parts);
                    }
                }
            }
        }
        if (item.get("page") instanceof String page && PageLocator.format(page, null, "-") == null) {
            out = pageAsWritten(out, page);
        }
        return out;
    }

    /** "Zarate Jr., C. A." as "Zarate, C. A., Jr.": the given name as the style may write it, each way it may be separated. */
    private String suffixLast(String html, Map<?, ?> name) {
        String family = String.valueOf(name.get("family"));
        String suffix = String.valueOf(name.get("suffix"));
        Object given = name.get("given");
        Set<String> forms = new LinkedHashSet<>();
        if (given != null) {
            forms.add(String.valueOf(given));
            for (String with : style.rules.initializeWith) {
                forms.add(StringHelper.initializeName(String.valueOf(given), with).strip());
            }
        }
        String out = html;
        for (String separator : style.rules.sortSeparators) {
            for (String form : forms) {
                out = out.replace(family + " " + suffix + separator + form,
                        family + separator + form + separator + suffix);
            }
        }
        return out;
    }

    /** The page range written as given, with the style's range delimiter, where citeproc-java shortened it. */
    private String pageAsWritten(String html, String page) {
        String delimiter = style.rules.pageRangeDelimiter != null ? style.rules.pageRangeDelimiter : "–";
        int dash = page.indexOf('-');
        int end = dash;
        while (end + 1 < page.length() && Character.isLetterOrDigit(page.charAt(end + 1))) {
            end++;
        }
        if (dash < 0) {
            return html;
        }
        String numbers = page.substring(0, end + 1);
        String shortened = PageLocator.format(numbers, style.rules.pageRangeFormat, delimiter);
        String written = page.replace("-", delimiter);
        int at = shortened == null || html.contains(written) ? -1 : html.lastIndexOf(shortened);
        return at < 0 ? html : html.substring(0, at) + written + html.substring(at + shortened.length());
    }

    private static boolean allCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 1;
    }

    private Object name(Object name) {
        if (!(name instanceof Map<?, ?> parts)) {
            return name;
        }
        if ("others".equals(parts.get("literal"))) {
            return Map.of("literal", OTHERS);
        }
        Map<Object, Object> copy = new LinkedHashMap<>(parts);
        if (!style.rules.initializeWithHyphen && style.rules.alwaysInitializes && parts.get("given") instanceof String given) {
            copy.put("given", given.replace('-', ' '));
        }
        return copy;
    }

    /** The item as the bibliography's engine should get it: particles demoted where the style asks (see above). */
    Map<String, Object> forBibliography(Map<String, Object> item) {
        if (!style.rules.demoteParticles || style.rules.initializesGivenNames) {
            return item;
        }
        Map<String, Object> fields = new LinkedHashMap<>(item);
        for (String variable : NAMES) {
            if (fields.get(variable) instanceof List<?> names) {
                fields.put(variable, names.stream().map(ItemFixes::demoted).toList());
            }
        }
        return fields;
    }

    private static Object demoted(Object name) {
        if (name instanceof Map<?, ?> parts && parts.get("non-dropping-particle") instanceof String particle
                && parts.get("given") instanceof String given) {
            Map<Object, Object> copy = new LinkedHashMap<>(parts);
            copy.remove("non-dropping-particle");
            copy.put("given", given + " " + particle);
            return copy;
        }
        return name;
    }
}
