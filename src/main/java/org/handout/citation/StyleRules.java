package org.handout.citation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the renderer reads from a CSL style for the rules it applies itself, where citeproc-java does
 * not (see {@link ItemFixes}, {@link Formatter}, {@link Citations}): ordinals, page ranges, name
 * options, year-suffix disambiguation, collapsing and the bibliography's et-al rule.
 */
final class StyleRules {
    /** Variables the style writes as ordinals ("3rd ed."), which citeproc-java writes as plain numbers. */
    final Set<String> ordinals = new HashSet<>();
    /** The style's page-range-format ("expanded", "chicago"…) or null, and its own page-range delimiter or null. */
    final String pageRangeFormat;
    final String pageRangeDelimiter;
    /** Name options: hyphenated initials, whether every name is initialized, with what, and sort separators. */
    final boolean initializeWithHyphen;
    final boolean alwaysInitializes;
    /** Whether any name written in full (not the short form) has its given names initialized. */
    final boolean initializesGivenNames;
    final Set<String> initializeWith = new LinkedHashSet<>();
    final Set<String> sortSeparators = new LinkedHashSet<>();
    /** Whether an inverted name puts "van" after the given name and sorts by "Os" (the CSL default). */
    final boolean demoteParticles;
    /** What replaces the names of an entry by the same names as the one before it ("———"), or null. */
    final String subsequentAuthorSubstitute;
    /** Whether identical author-date citations get "a", "b" after the year. */
    final boolean yearSuffix;
    /** Whether a group's items by the same names collapse ("Doe 2000, 2001"), and the delimiters then. */
    final boolean collapseYear;
    final String citeGroupDelimiter;
    final String afterCollapseDelimiter;
    /** The bibliography's et-al rule when it ends with the last name ("A, B, … Z"); 0 when it has none. */
    final int etAlMin;
    final int etAlUseFirst;

    StyleRules(String xml, StyleText style) {
        int body = Math.max(0, xml.indexOf("</info>"));
        for (StyleText.Tag number = style.find("number", body); number != null; number = style.find("number", number.end())) {
            if ("ordinal".equals(number.attributes().get("form")) && number.attributes().containsKey("variable")) {
                ordinals.add(number.attributes().get("variable"));
            }
        }
        Map<String, String> root = attributes(style, "style");
        initializeWithHyphen = !"false".equals(root.get("initialize-with-hyphen"));
        boolean initializes = true;
        boolean anyInitials = false;
        for (StyleText.Tag name = style.find("name", body); name != null; name = style.find("name", name.end())) {
            String with = name.attributes().get("initialize-with");
            if (with != null) {
                initializeWith.add(with);
            }
            boolean initials = with != null && !"false".equals(name.attributes().get("initialize"));
            initializes = initializes && initials;
            anyInitials = anyInitials || initials && !Set.of("short", "count").contains(name.attributes().getOrDefault("form", "long"));
            sortSeparators.add(name.attributes().getOrDefault("sort-separator", ", "));
        }
        alwaysInitializes = initializes && !initializeWith.isEmpty();
        initializesGivenNames = anyInitials;
        pageRangeFormat = root.get("page-range-format");
        pageRangeDelimiter = term(xml, style, "page-range-delimiter");
        Map<String, String> citation = attributes(style, "citation");
        yearSuffix = "true".equals(citation.get("disambiguate-add-year-suffix"));
        collapseYear = citation.getOrDefault("collapse", "").startsWith("year");
        citeGroupDelimiter = citation.getOrDefault("cite-group-delimiter", ", ");
        afterCollapseDelimiter = citation.get("after-collapse-delimiter");
        Map<String, String> bibliography = attributes(style, "bibliography");
        demoteParticles = "display-and-sort".equals(root.getOrDefault("demote-non-dropping-particle", "display-and-sort"));
        subsequentAuthorSubstitute = bibliography.get("subsequent-author-substitute");
        boolean useLast = "true".equals(bibliography.get("et-al-use-last"));
        etAlMin = useLast ? Integer.parseInt(bibliography.getOrDefault("et-al-min", "0")) : 0;
        etAlUseFirst = useLast ? Integer.parseInt(bibliography.getOrDefault("et-al-use-first", "1")) : 0;
    }

    private static Map<String, String> attributes(StyleText style, String name) {
        StyleText.Tag tag = style.find(name, 0);
        return tag == null ? Map.of() : tag.attributes();
    }

    /** A term the style defines in its own locale section, or null. */
    private static String term(String xml, StyleText style, String name) {
        for (StyleText.Tag term = style.find("term", 0); term != null; term = style.find("term", term.end())) {
            int close = xml.indexOf("</term>", term.end());
            if (name.equals(term.attributes().get("name")) && !style.empty(term) && close > 0) {
                return CharacterReferences.resolve(xml.substring(term.end(), close));
            }
        }
        return null;
    }
}
