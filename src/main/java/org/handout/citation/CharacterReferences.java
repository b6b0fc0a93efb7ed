package org.handout.citation;

/**
 * XML's five named character references and numeric ones: what {@link MinimalHtmlFormat} writes
 * into citeproc's output and what a CSL style's attribute values may hold.
 */
final class CharacterReferences {
    private CharacterReferences() {}

    /** {@code text} with each reference resolved; anything that only looks like one stays as written. */
    static String resolve(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, amp);
        for (int i = amp; i < text.length(); i++) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            String resolved = semicolon < 0 ? null : reference(text.substring(i + 1, semicolon));
            if (resolved == null) {
                out.append(c);
            } else {
                out.append(resolved);
                i = semicolon;
            }
        }
        return out.toString();
    }

    private static String reference(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> numericReference(name);
        };
    }

    /** {@code #NN} or {@code #xHH}; null for anything else, which then stays as written. */
    private static String numericReference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            return name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1))) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
