package org.handout.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the renderer adds to a document, in the document's language where a reviewed
 * translation exists ({@link #SUPPORTED}); otherwise in English, and {@link #langOf} then says
 * "en", so that writers mark those words as English and a screen reader switches voice. A
 * document may give its own words for any label (front matter {@code labels:}); those are in its
 * language. Nothing here is ever machine-translated.
 */
public final class Labels {
    public static final java.util.List<String> SUPPORTED = java.util.List.of("en", "es", "fr", "de", "pt", "it", "nl", "ar");
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    /** Every label's name, as front matter's {@code labels:} may give it, in order. */
    public static java.util.List<String> keys() {
        return Keys.ALL;
    }

    /**
     * Read on first use: only a document in a language without reviewed labels, or with labels of its own, asks.
     * Made with the class, they were English's words read a second time and sorted with a stream in every cold start.
     */
    private static final class Keys {
        static final java.util.List<String> ALL = java.util.List.copyOf(
                new java.util.TreeSet<>(forLanguage("en").words.stringPropertyNames()));
    }

    private final String lang;
    private final Properties words;
    /** The document's own words for some labels, and the language they are in. */
    private final Map<String, String> own;
    private final String ownLang;

    private Labels(String lang, Properties words) {
        this(lang, words, Map.of(), lang);
    }

    private Labels(String lang, Properties words, Map<String, String> own, String ownLang) {
        this.lang = lang;
        this.words = words;
        this.own = own;
        this.ownLang = ownLang;
    }

    /** The labels of a document: its language's reviewed ones (else English), with its own words where it gives them. */
    public static Labels forDocument(String tag, Map<String, String> own) {
        Labels base = forLanguage(tag);
        return own == null || own.isEmpty() ? base : new Labels(base.lang, base.words, Map.copyOf(own), tag);
    }

    /** Labels for a BCP 47 tag such as "es-MX"; unknown languages get English. */
    public static Labels forLanguage(String tag) {
        String primary = Locale.forLanguageTag(tag).getLanguage();
        String lang = SUPPORTED.contains(primary) ? primary : "en";
        Labels labels = CACHE.get(lang);
        if (labels == null) {
            labels = load(lang);
            Labels first = CACHE.putIfAbsent(lang, labels);
            return first != null ? first : labels;
        }
        return labels;
    }

    public static boolean supports(String tag) {
        return SUPPORTED.contains(Locale.forLanguageTag(tag).getLanguage());
    }

    private static Labels load(String lang) {
        Properties words = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(lang + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(lang, words);
    }

    /** The language these words are in. */
    public String lang() {
        return lang;
    }

    public boolean rightToLeft() {
        return lang.equals("ar");
    }

    /** The language of one label's words: the document's for its own words, else {@link #lang()}. */
    public String langOf(String key) {
        return own.containsKey(key) ? ownLang : lang;
    }

    public String get(String key) {
        String value = own.containsKey(key) ? own.get(key) : words.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return value;
    }

    public String page(int number, int count) {
        return new MessageFormat(get("page"), Locale.ROOT).format(new Object[] {String.valueOf(number), String.valueOf(count)});
    }

    /** A link's description for assistive technology: "Link to" its address or its target's name. */
    public String linkTo(String target) {
        return new MessageFormat(get("link"), Locale.ROOT).format(new Object[] {target});
    }

    /** The name of an empty header cell, for assistive technology: "Column 3". */
    public String column(int number) {
        return new MessageFormat(get("column"), Locale.ROOT).format(new Object[] {String.valueOf(number)});
    }
}
