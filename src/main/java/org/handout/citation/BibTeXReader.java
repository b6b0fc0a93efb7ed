package org.handout.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entries of a BibTeX file, as BibTeX reads them: text outside an {@code @type{…}} entry is a
 * comment (a {@code %} or {@code #} line, a byte-order mark, notes), {@code @comment} and
 * {@code @preamble} are skipped, {@code @string} defines a macro, and a value is a braced or quoted
 * text, a number or a macro, joined by {@code #}.
 */
final class BibTeXReader {
    private final String text;
    private final Map<String, String> macros = new HashMap<>();
    private int at;

    private BibTeXReader(String text) {
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException naming the line, when an entry is not well formed
     */
    static List<BibTeX.Entry> entries(String text) {
        return new BibTeXReader(text).read();
    }

    private List<BibTeX.Entry> read() {
        List<BibTeX.Entry> entries = new ArrayList<>();
        for (at = text.indexOf('@'); at >= 0 && at < text.length(); at = text.indexOf('@', at)) {
            int start = at;
            at++;
            String type = word().toLowerCase(Locale.ROOT);
            skipSpaces();
            if (type.isEmpty() || at >= text.length() || text.charAt(at) != '{' && text.charAt(at) != '(') {
                continue;
            }
            char close = text.charAt(at) == '{' ? '}' : ')';
            at++;
            switch (type) {
                case "comment", "preamble" -> skipTo(close, start);
                case "string" -> {
                    Map.Entry<String, String> field = field(start);
                    macros.put(field.getKey(), field.getValue());
                    skipTo(close, start);
                }
                default -> entries.add(entry(type, close, start));
            }
        }
        return entries;
    }

    private BibTeX.Entry entry(String type, char close, int start) {
        skipSpaces();
        int keyStart = at;
        while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != close && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String key = text.substring(keyStart, at);
        skipSpaces();
        if (key.isEmpty()) {
            throw error(start, "an entry without a key");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                skipSpaces();
            }
            if (at >= text.length()) {
                throw error(start, "entry '" + key + "' is never closed");
            }
            if (text.charAt(at) == close) {
                at++;
                return new BibTeX.Entry(type, key, line(start), fields);
            }
            Map.Entry<String, String> field = field(start);
            fields.putIfAbsent(field.getKey(), field.getValue());
        }
    }

    /** {@code name = value # value …}. */
    private Map.Entry<String, String> field(int start) {
        skipSpaces();
        String name = word().toLowerCase(Locale.ROOT);
        skipSpaces();
        if (name.isEmpty() || at >= text.length() || text.charAt(at) != '=') {
            throw error(at, "expected 'field = value'");
        }
        at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            skipSpaces();
            value.append(part(start));
            skipSpaces();
            if (at >= text.length() || text.charAt(at) != '#') {
                return Map.entry(name, value.toString());
            }
            at++;
        }
    }

    private String part(int start) {
        if (at >= text.length()) {
            throw error(start, "a value is missing");
        }
        char c = text.charAt(at);
        if (c == '{') {
            int open = at;
            int end = balanced(at + 1, '}', start);
            at = end + 1;
            return text.substring(open + 1, end);
        }
        if (c == '"') {
            int open = at;
            int i = at + 1;
            int depth = 0;
            while (i < text.length() && (text.charAt(i) != '"' || depth > 0)) {
                depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
                i++;
            }
            if (i >= text.length()) {
                throw error(open, "a quoted value is never closed");
            }
            at = i + 1;
            return text.substring(open + 1, i);
        }
        String word = word();
        if (word.isEmpty()) {
            throw error(at, "expected a value");
        }
        return word.chars().allMatch(Character::isDigit) ? word
                : macros.getOrDefault(word.toLowerCase(Locale.ROOT), word);
    }

    /** The index of the closing brace that matches an opening one before {@code from}. */
    private int balanced(int from, char close, int start) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == close && depth == 0) {
                return i;
            }
        }
        throw error(start, "a brace is never closed");
    }

    private void skipTo(char close, int start) {
        at = balanced(at, close, start) + 1;
    }

    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_-:.+/'".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private int line(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private IllegalArgumentException error(int offset, String message) {
        return new IllegalArgumentException("line " + line(offset) + ": " + message);
    }
}
