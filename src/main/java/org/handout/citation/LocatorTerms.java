package org.handout.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that name a locator in a citation ("p.", "pp.", "page", "chap.", "§"…): the terms of
 * the CSL locale for the locator names Pandoc reads, in every form. Read from the locale file's text,
 * so finding citations never needs the CSL engine.
 */
final class LocatorTerms {
    private static final Set<String> NAMES = Set.of("book", "chapter", "column", "figure", "folio", "issue", "line",
            "note", "opus", "page", "paragraph", "part", "section", "sub verbo", "verse", "volume");
    private static final Map<String, Map<String, String>> BY_LOCALE = new ConcurrentHashMap<>();

    private LocatorTerms() {}

    /** Each term, in lower case, to the locator name it stands for; {@code locale} is a bundled CSL locale. */
    static Map<String, String> of(String locale) {
        return BY_LOCALE.computeIfAbsent(locale, LocatorTerms::read);
    }

    private static Map<String, String> read(String locale) {
        try (InputStream in = LocatorTerms.class.getResourceAsStream("/locales-" + locale + ".xml")) {
            return in == null ? Map.of() : terms(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> terms(String xml) {
        Map<String, String> terms = new HashMap<>();
        StyleText text = new StyleText(xml);
        for (StyleText.Tag term = text.find("term", 0); term != null; term = text.find("term", term.end())) {
            String name = term.attributes().get("name");
            int close = xml.indexOf("</term>", term.end());
            if (!NAMES.contains(name) || xml.charAt(term.end() - 2) == '/' || close < 0) {
                continue;
            }
            String content = xml.substring(term.end(), close);
            for (String form : content.contains("<single>") ? new String[] {element(content, "single"),
                    element(content, "multiple")} : new String[] {content}) {
                String word = CharacterReferences.resolve(form).strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    terms.putIfAbsent(word, name);
                }
            }
        }
        return Map.copyOf(terms);
    }

    private static String element(String content, String name) {
        int start = content.indexOf("<" + name + ">");
        int end = content.indexOf("</" + name + ">");
        return start < 0 || end < start ? "" : content.substring(start + name.length() + 2, end);
    }
}
