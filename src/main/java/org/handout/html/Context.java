package org.handout.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
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

    private Context(Diagnostics diagnostics, boolean reference, Map<String, ImageFile> images, String lang) {
        this.diagnostics = diagnostics;
        this.reference = reference;
        this.images = images;
        this.lang = lang;
        this.labels = Labels.forLanguage(lang);
    }

    static Context page(Diagnostics diagnostics, Map<String, ImageFile> images, String lang) {
        return new Context(diagnostics, false, images, lang);
    }

    static Context reference(Diagnostics diagnostics) {
        return new Context(diagnostics, true, Map.of(), "en");
    }

    /** True for a handout in a right-to-left language. */
    boolean rightToLeft() {
        return com.ibm.icu.util.ULocale.forLanguageTag(lang).isRightToLeft();
    }

    /** A label as escaped HTML, marked as English when the document's language has no translation. */
    String label(String key) {
        return words(labels.get(key));
    }

    /** Words from the labels as escaped HTML, marked as English when the document's language has no translation. */
    String words(String text) {
        String escaped = Escape.html(text);
        return labelsInDocumentLanguage() ? escaped : "<span" + labelLanguage() + ">" + escaped + "</span>";
    }

    /**
     * The lang attribute of the renderer's words when they are not in the document's language, with
     * dir="ltr" in a right-to-left handout, so that an English label's full stop stays at its end.
     */
    String labelLanguage() {
        return " lang=\"" + labels.lang() + "\"" + (rightToLeft() && !labels.rightToLeft() ? " dir=\"ltr\"" : "");
    }

    boolean labelsInDocumentLanguage() {
        return Locale.forLanguageTag(lang).getLanguage().equals(labels.lang());
    }

    boolean landmarkNamed(String role, String name) {
        return landmarkNames.containsKey(role + " " + name);
    }

    /** Records a landmark's name; returns how many landmarks of that role have had it, this one included. */
    int nameLandmark(String role, String name) {
        return landmarkNames.merge(role + " " + name, 1, Integer::sum);
    }

    int nextTable() {
        return ++tables;
    }
}
