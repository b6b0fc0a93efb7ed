package org.handout.citation;

import java.util.List;
import java.util.Locale;

/**
 * A title in title case put in sentence case, as Pandoc (citeproc) does to BibTeX titles: a word
 * written with a capital and then lower-case letters is lowered, unless it starts the title or a
 * sentence (after ".", "?", "!" or ":" and a space), where it is capitalized; a word with other
 * capitals (an acronym, "PHQ-9", "iPhone") stays. The last word is lowered like a word inside a
 * sentence, even after a colon ("Depression: treatments"), unless it is the first. Text in braces stays
 * as written, but counts for where sentences start and which word is last.
 */
final class SentenceCase {
    private enum State { START, START_SENTENCE, AFTER_WORD_END, AFTER_WORD_CHAR, AFTER_SENTENCE_END, BEFORE_LAST_WORD }

    private SentenceCase() {}

    static String of(List<LaTeX.Segment> segments) {
        int words = 0;
        for (LaTeX.Segment segment : segments) {
            for (int i = 0; i < segment.text().length(); i = chunkEnd(segment.text(), i)) {
                words += Character.isLetterOrDigit(segment.text().charAt(i)) ? 1 : 0;
            }
        }
        StringBuilder out = new StringBuilder();
        State state = State.START;
        int word = 0;
        for (LaTeX.Segment segment : segments) {
            String text = segment.text();
            int i = 0;
            while (i < text.length()) {
                int end = chunkEnd(text, i);
                String chunk = text.substring(i, end);
                if (Character.isLetterOrDigit(chunk.codePointAt(0))) {
                    word++;
                    State at = word == words && state != State.START ? State.BEFORE_LAST_WORD : state;
                    out.append(segment.protectedCase() ? chunk : transform(at, chunk));
                } else {
                    out.append(chunk);
                }
                state = next(state, chunk);
                i = end;
            }
        }
        return out.toString();
    }

    /** Letters and digits run together; white space runs together; anything else is one character. */
    private static int chunkEnd(String text, int from) {
        char first = text.charAt(from);
        int end = from + 1;
        while (end < text.length() && (Character.isLetterOrDigit(first) && Character.isLetterOrDigit(text.charAt(end))
                || Character.isWhitespace(first) && Character.isWhitespace(text.charAt(end)))) {
            end++;
        }
        return end;
    }

    private static String transform(State state, String chunk) {
        boolean start = state == State.START || state == State.START_SENTENCE;
        boolean capitalized = Character.isUpperCase(chunk.charAt(0))
                && chunk.substring(1).chars().allMatch(Character::isLowerCase);
        boolean lower = chunk.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
        if (capitalized && !start) {
            return chunk.toLowerCase(Locale.ROOT);
        }
        if ((capitalized || lower) && start) {
            return chunk.substring(0, 1).toUpperCase(Locale.ROOT) + chunk.substring(1).toLowerCase(Locale.ROOT);
        }
        return chunk;
    }

    private static State next(State state, String chunk) {
        char last = chunk.charAt(chunk.length() - 1);
        if (last == '.' || last == '?' || last == '!' || last == ':') {
            return State.AFTER_SENTENCE_END;
        }
        if (Character.isLetterOrDigit(last)) {
            return State.AFTER_WORD_CHAR;
        }
        if (Character.isWhitespace(last) && state == State.AFTER_SENTENCE_END) {
            return State.START_SENTENCE;
        }
        if (Character.isWhitespace(last) || last == '-' || last == '/' || last == '–' || last == '—') {
            return State.AFTER_WORD_END;
        }
        return state;
    }
}
