package org.handout.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of a BibTeX field value, as Pandoc's LaTeX reader gives it: accents and special letters
 * as Unicode ({@code \'e}, {@code {\"o}}, {@code \ss}), escapes ({@code \&}), dashes ({@code --}),
 * quotes ({@code ``…''}), {@code ~} as a no-break space, and formatting commands ({@code \emph{…}},
 * links) as their text. Text in braces is protected: its case is never changed.
 * (jbibtex's LaTeX parser, which citeproc-java uses, rejects {@code ~} and keeps no record of braces.)
 */
final class LaTeX {
    /** A stretch of text; {@code protectedCase} when it was in braces. */
    record Segment(String text, boolean protectedCase) {}

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(Map.entry('\'', '\u0301'),
            Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'), Map.entry('~', '\u0303'),
            Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'), Map.entry('v', '\u030C'),
            Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'), Map.entry('r', '\u030A'),
            Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("j", "ȷ"), Map.entry("dag", "†"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"),
            Map.entry("copyright", "©"), Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"));
    /** Commands whose first argument is dropped: {@code \href{url}{text}} shows its text. */
    private static final List<String> SKIP_ARGUMENT = List.of("href");

    private final String source;
    private int at;

    private LaTeX(String source) {
        this.source = source;
    }

    /** The value's text, white space collapsed. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        segments(value).forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** The value as stretches of protected and unprotected text. */
    static List<Segment> segments(String value) {
        LaTeX reader = new LaTeX(value);
        List<Segment> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        while (reader.at < value.length()) {
            char c = value.charAt(reader.at);
            if (c == '{' && !reader.isAccentGroup()) {
                flush(plain, out);
                reader.at++;
                String inner = reader.group();
                out.add(new Segment(inner, true));
            } else {
                reader.append(plain);
            }
        }
        flush(plain, out);
        return collapse(out);
    }

    /** A brace group that starts with an accent or letter command, like {\"o}, is a letter, not protection. */
    private boolean isAccentGroup() {
        return source.startsWith("{\\", at) && at + 2 < source.length() && (ACCENTS.containsKey(source.charAt(at + 2))
                || LETTERS.containsKey(commandName(at + 2)));
    }

    /** The text up to the closing brace (consumed), nested groups included. */
    private String group() {
        StringBuilder out = new StringBuilder();
        while (at < source.length() && source.charAt(at) != '}') {
            if (source.charAt(at) == '{') {
                at++;
                out.append(group());
            } else {
                append(out);
            }
        }
        at++;
        return out.toString();
    }

    /** Reads one thing at {@code at} (a character, a command with its argument) onto {@code out}. */
    private void append(StringBuilder out) {
        char c = source.charAt(at);
        if (c == '\\') {
            command(out);
        } else if (c == '{') {
            at++;
            out.append(group());
        } else if (c == '~') {
            out.append('\u00A0');
            at++;
        } else if (source.startsWith("---", at)) {
            out.append('—');
            at += 3;
        } else if (source.startsWith("--", at)) {
            out.append('–');
            at += 2;
        } else if (source.startsWith("``", at) || source.startsWith("''", at)) {
            out.append(c == '`' ? '“' : '”');
            at += 2;
        } else if (c == '`' || c == '\'') {
            out.append(c == '`' ? '‘' : '’');
            at++;
        } else if (c == '$') {
            at++;
        } else {
            out.append(c);
            at++;
        }
    }

    private void command(StringBuilder out) {
        at++;
        if (at >= source.length()) {
            return;
        }
        char c = source.charAt(at);
        if (ACCENTS.containsKey(c) && (!Character.isLetter(c) || !Character.isLetter(peek(1)))) {
            at++;
            String base = argument();
            out.append(base.isEmpty() ? "" : base.charAt(0) + String.valueOf(ACCENTS.get(c)) + base.substring(1));
            return;
        }
        if (!Character.isLetter(c)) {
            out.append(c == '\\' ? ' ' : c);
            at++;
            return;
        }
        String name = commandName(at);
        at += name.length();
        if (LETTERS.containsKey(name)) {
            out.append(LETTERS.get(name));
            if (source.startsWith("{}", at)) {
                at += 2;
            } else {
                skipSpaces();
            }
            return;
        }
        skipSpaces();
        if (SKIP_ARGUMENT.contains(name) && peek(0) == '{') {
            argument();
        }
        if (peek(0) == '{') {
            out.append(argument());
        }
    }

    /** A command's argument: a group, or the next character (after spaces). */
    private String argument() {
        skipSpaces();
        if (peek(0) == '{') {
            at++;
            return group();
        }
        if (peek(0) == '\\') {
            StringBuilder out = new StringBuilder();
            command(out);
            return out.toString();
        }
        return at < source.length() ? String.valueOf(source.charAt(at++)) : "";
    }

    private String commandName(int from) {
        int end = from;
        while (end < source.length() && Character.isLetter(source.charAt(end))) {
            end++;
        }
        return source.substring(from, end);
    }

    private char peek(int offset) {
        return at + offset < source.length() ? source.charAt(at + offset) : 0;
    }

    private void skipSpaces() {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
    }

    private static void flush(StringBuilder plain, List<Segment> out) {
        if (!plain.isEmpty()) {
            out.add(new Segment(plain.toString(), false));
            plain.setLength(0);
        }
    }

    /** Runs of white space become one space, the ends are trimmed, accents are composed. */
    private static List<Segment> collapse(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        boolean space = true;
        for (Segment segment : segments) {
            StringBuilder text = new StringBuilder();
            for (char c : Normalizer.normalize(segment.text(), Normalizer.Form.NFC).toCharArray()) {
                boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                if (!white || !space) {
                    text.append(white ? ' ' : c);
                }
                space = white;
            }
            out.add(new Segment(text.toString(), segment.protectedCase()));
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            String stripped = out.get(i).text().stripTrailing();
            out.set(i, new Segment(stripped, out.get(i).protectedCase()));
            if (!stripped.isEmpty()) {
                break;
            }
        }
        out.removeIf(s -> s.text().isEmpty());
        return out;
    }
}
