package org.handout.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX name lists as CSL name objects, by BibLaTeX's rules as Pandoc applies them: names are
 * separated by "and"; each is "First von Last", "von Last, First" or "von Last, Jr, First"; a name
 * wholly in braces ("{World Health Organization}") is literal; "others" says the list goes on and
 * is kept as the literal name "others", as Pandoc keeps it.
 */
final class BibTeXNames {
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private BibTeXNames() {}

    static List<Map<String, Object>> parse(String value) {
        List<Map<String, Object>> names = new ArrayList<>();
        for (String written : splitTop(value, AND)) {
            Map<String, Object> name = name(written.strip());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** A list's items, split at "and" outside braces (for names, and BibLaTeX's lists of places and publishers). */
    static List<String> split(String text) {
        return splitTop(text, AND).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
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
        for (String part : splitTop(written, COMMA)) {
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
        for (String word : splitTop(part.replaceAll("(?<=\\b\\p{Lu})\\.(?=\\p{Lu}\\b)", ". "), SPACE)) {
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

    /** The text split where {@code separator} matches outside braces. */
    private static List<String> splitTop(String text, Pattern separator) {
        char[] outside = text.toCharArray();
        int depth = 0;
        for (int i = 0; i < outside.length; i++) {
            char c = outside[i];
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth > 0 || c == '}') {
                outside[i] = '_';
            }
        }
        List<String> parts = new ArrayList<>();
        Matcher m = separator.matcher(new String(outside));
        int start = 0;
        while (m.find()) {
            parts.add(text.substring(start, m.start()));
            start = m.end();
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
