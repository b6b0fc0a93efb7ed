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
 * What the renderer reads from a CSL locale's text, so that finding citations never needs the CSL
 * engine: the words that name a locator ("p.", "pp.", "page", "chap.", "§"…, every form of the
 * locator terms Pandoc reads), and the ordinal suffixes ("st", "nd", "rd", "th").
 */
final class LocaleTerms {
    private static final Set<String> LOCATORS = Set.of("book", "chapter", "column", "figure", "folio", "issue", "line",
            "note", "opus", "page", "paragraph", "part", "section", "sub verbo", "verse", "volume");
    private static final Map<String, LocaleTerms> BY_LOCALE = new ConcurrentHashMap<>();

    /** Each locator word, in lower case, to the locator name it stands for. */
    final Map<String, String> locators;
    /** "ordinal" and "ordinal-NN" to the suffix and its match rule ("last-digit", "last-two-digits", "whole-number"). */
    private final Map<String, String[]> ordinals;
    /** The words that end a list of names that goes on ("et al."). */
    final String etAl;
    /** The word between the last two names ("and"). */
    final String and;

    private LocaleTerms(Map<String, String> locators, Map<String, String[]> ordinals, String etAl, String and) {
        this.locators = locators;
        this.ordinals = ordinals;
        this.etAl = etAl;
        this.and = and;
    }

    /** The terms of a bundled CSL locale ("en-US"). */
    static LocaleTerms of(String locale) {
        return BY_LOCALE.computeIfAbsent(locale, LocaleTerms::read);
    }

    private static LocaleTerms read(String locale) {
        try (InputStream in = LocaleTerms.class.getResourceAsStream("/locales-" + locale + ".xml")) {
            return parse(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocaleTerms parse(String xml) {
        Map<String, String> locators = new HashMap<>();
        Map<String, String[]> ordinals = new HashMap<>();
        String etAl = "et al.";
        String and = "and";
        StyleText text = new StyleText(xml);
        for (StyleText.Tag term = text.find("term", 0); term != null; term = text.find("term", term.end())) {
            String name = term.attributes().getOrDefault("name", "");
            int close = xml.indexOf("</term>", term.end());
            if (text.empty(term) || close < 0) {
                continue;
            }
            String content = xml.substring(term.end(), close);
            if (LOCATORS.contains(name)) {
                for (String form : content.contains("<single>") ? new String[] {element(content, "single"),
                        element(content, "multiple")} : new String[] {content}) {
                    String word = CharacterReferences.resolve(form).strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty()) {
                        locators.putIfAbsent(word, name);
                    }
                }
            } else if (name.equals("et-al") && !term.attributes().containsKey("form")) {
                etAl = CharacterReferences.resolve(content).strip();
            } else if (name.equals("and") && !term.attributes().containsKey("form")) {
                and = CharacterReferences.resolve(content).strip();
            } else if (name.matches("ordinal(-\\d\\d)?") && !term.attributes().containsKey("gender-form")) {
                String match = term.attributes().getOrDefault("match", name.matches("ordinal-0\\d") ? "last-digit"
                        : "last-two-digits");
                ordinals.put(name, new String[] {CharacterReferences.resolve(content).strip(), match});
            }
        }
        return new LocaleTerms(Map.copyOf(locators), Map.copyOf(ordinals), etAl, and);
    }

    /**
     * The number with its ordinal suffix, by CSL's rules: a two-digit term ("ordinal-11") before a
     * one-digit one ("ordinal-01"), each matching the number's last digits or the whole number, else
     * "ordinal". "1st", "11th", "21st", "113th".
     */
    String ordinal(int number) {
        for (String range : new String[] {"ordinal-[1-9]\\d", "ordinal-0\\d"}) {
            for (Map.Entry<String, String[]> term : ordinals.entrySet()) {
                if (term.getKey().matches(range)
                        && matches(number, Integer.parseInt(term.getKey().substring("ordinal-".length())), term.getValue()[1])) {
                    return number + term.getValue()[0];
                }
            }
        }
        String[] fallback = ordinals.get("ordinal");
        return number + (fallback == null ? "" : fallback[0]);
    }

    private static boolean matches(int number, int value, String match) {
        return switch (match) {
            case "whole-number" -> number == value;
            case "last-digit" -> number % 10 == value;
            default -> number % 100 == value;
        };
    }

    private static String element(String content, String name) {
        int start = content.indexOf("<" + name + ">");
        int end = content.indexOf("</" + name + ">");
        return start < 0 || end < start ? "" : content.substring(start + name.length() + 2, end);
    }
}
