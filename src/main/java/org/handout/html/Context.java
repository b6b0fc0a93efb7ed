package org.handout.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.i18n.Scripts;
import org.handout.model.ImageFile;

/**
 * What the renderers share while writing one document. In the reference shape (used to compare
 * with the CommonMark spec) images keep their source address and there is no page around the blocks.
 */
final class Context {
    final Diagnostics diagnostics;
    final boolean reference;
    final Map<String, ImageFile> images;
    final Labels labels;
    private final String lang;
    private final Map<String, Integer> landmarkNames = new HashMap<>();
    private int tables;

    private Context(Diagnostics diagnostics, boolean reference, Map<String, ImageFile> images, String lang,
            Map<String, String> labelWords) {
        this.diagnostics = diagnostics;
        this.reference = reference;
        this.images = images;
        this.lang = lang;
        this.labels = Labels.forDocument(lang, labelWords);
    }

    /** {@code labelWords}: the document's own words for the renderer's labels (front matter {@code labels:}). */
    static Context page(Diagnostics diagnostics, Map<String, ImageFile> images, String lang, Map<String, String> labelWords) {
        return new Context(diagnostics, false, images, lang, labelWords);
    }

    static Context reference(Diagnostics diagnostics) {
        return new Context(diagnostics, true, Map.of(), "en", Map.of());
    }

    /** True for a handout in a right-to-left language. */
    boolean rightToLeft() {
        return Scripts.rightToLeft(lang);
    }

    /** A label as escaped HTML, marked with its language when that is not the document's (English, without a translation). */
    String label(String key) {
        return words(labels.get(key), labels.langOf(key));
    }

    /** Words made from the labels (in their base language) as escaped HTML, marked likewise. */
    String words(String text) {
        return words(text, labels.lang());
    }

    private String words(String text, String wordsLang) {
        String escaped = Escape.html(text);
        return sameLanguage(wordsLang) ? escaped : "<span" + labelLanguage(wordsLang) + ">" + escaped + "</span>";
    }

    private boolean sameLanguage(String wordsLang) {
        return Locale.forLanguageTag(lang).getLanguage().equals(Locale.forLanguageTag(wordsLang).getLanguage());
    }

    /** The lang attribute of the renderer's words when they are not in the document's language (see {@link #labelLanguage(String)}). */
    String labelLanguage() {
        return labelLanguage(labels.lang());
    }

    /**
     * The lang attribute of words in {@code wordsLang}, with dir="ltr" when they are left to right in a
     * right-to-left handout, so that an English label's full stop stays at its end.
     */
    String labelLanguage(String wordsLang) {
        boolean leftToRight = !Scripts.rightToLeft(wordsLang);
        return " lang=\"" + Escape.html(wordsLang) + "\"" + (rightToLeft() && leftToRight ? " dir=\"ltr\"" : "");
    }

    boolean labelsInDocumentLanguage() {
        return Locale.forLanguageTag(lang).getLanguage().equals(labels.lang());
    }

    boolean landmarkNamed(String role, String name) {
        return landmarkNames.containsKey(role + " " + name);
    }

    /** Records a landmark's name; returns how many landmarks of that role have had it, this one included. */
    int nameLandmark(String role, String name) {
        String key = role + " " + name;
        int count = landmarkNames.getOrDefault(key, 0) + 1;
        landmarkNames.put(key, count);
        return count;
    }

    int nextTable() {
        return ++tables;
    }
}
