package org.handout.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BibTeX name lists as CSL name objects, by BibLaTeX's rules as Pandoc applies them: names are
 * separated by "and"; each is "First von Last", "von Last, First" or "von Last, Jr, First"; a name
 * wholly in braces ("{World Health Organization}") is literal; "others" says the list goes on and
 * is kept as the literal name "others", as Pandoc keeps it.
 */
final class BibTeXNames {
    private BibTeXNames() {}

    static List<Map<String, Object>> parse(String value) {
        List<Map<String, Object>> names = new ArrayList<>();
        for (String written : splitRaw(value)) {
            Map<String, Object> name = name(written.strip());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** A list's items, split at "and" outside braces (for names, and BibLaTeX's lists of places and publishers). */
    static List<String> split(String text) {
        return splitRaw(text).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> splitRaw(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && Character.isWhitespace(c) && value.regionMatches(true, i + 1, "and", 0, 3)
                    && i + 4 < value.length() && Character.isWhitespace(value.charAt(i + 4))) {
                parts.add(value.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    private static Map<String, Object> name(String written) {
        Map<String, Object> name = new LinkedHashMap<>();
        if (written.isEmpty()) {
            return name;
        }
        if (written.equals("others")) {
            name.put("literal", "others");
            return name;
        }
        if (written.startsWith("{") && written.endsWith("}") && closingBrace(written, 0) == written.length() - 1) {
            name.put("literal", LaTeX.text(written.substring(1, written.length() - 1)));
            return name;
        }
        List<List<String>> parts = new ArrayList<>();
        for (String part : splitTop(written, ',')) {
            parts.add(words(part));
        }
        List<String> first;
        List<String> vonLast;
        List<String> junior = List.of();
        if (parts.size() == 1) {
            List<String> words = parts.get(0);
            int caps = 0;
            while (caps < words.size() && capitalized(words.get(caps))) {
                caps++;
            }
            if (caps == words.size() && caps > 0) {
                first = words.subList(0, caps - 1);
                vonLast = words.subList(caps - 1, caps);
            } else {
                first = words.subList(0, caps);
                vonLast = words.subList(caps, words.size());
            }
        } else {
            vonLast = parts.get(0);
            first = parts.get(parts.size() - 1);
            junior = parts.size() > 2 ? parts.get(1) : List.of();
        }
        int von = 0;
        while (von < vonLast.size() && !capitalized(vonLast.get(von))) {
            von++;
        }
        if (von == vonLast.size() && von > 0) {
            von--;
        }
        put(name, "family", vonLast.subList(von, vonLast.size()));
        put(name, "given", first);
        put(name, "dropping-particle", vonLast.subList(0, von));
        put(name, "suffix", junior);
        return name;
    }

    private static void put(Map<String, Object> name, String field, List<String> words) {
        String text = LaTeX.text(String.join(" ", words));
        if (!text.isEmpty()) {
            name.put(field, text);
        }
    }

    /** Words at the top brace level; "J.G." becomes "J. G.", as Pandoc reads it. */
    private static List<String> words(String part) {
        List<String> words = new ArrayList<>();
        for (String word : splitTop(part.replaceAll("(?<=\\b\\p{Lu})\\.(?=\\p{Lu}\\b)", ". "), ' ')) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    /** Pandoc's test: the first letter (after digits, and inside braces) is upper case. */
    private static boolean capitalized(String word) {
        for (char c : LaTeX.text(word).toCharArray()) {
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return true;
    }

    private static List<String> splitTop(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && (c == separator || separator == ' ' && Character.isWhitespace(c))) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
