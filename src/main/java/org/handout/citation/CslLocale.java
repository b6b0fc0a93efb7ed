package org.handout.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A document's CSL locale and its locator terms, each read on first use: a handout whose citations
 * name no key never reads them.
 */
final class CslLocale {
    private final String lang;
    private String xml;
    private Map<String, String> locators;

    CslLocale(String lang) {
        this.lang = lang;
    }

    /** The CSL locale of the document's language. */
    String xml() {
        if (xml == null) {
            try {
                xml = CitationStyle.locale(lang);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return xml;
    }

    /** The locale's locator terms ("p.", "chap."), needed only to read a citation with a key. */
    Map<String, String> locators() {
        if (locators == null) {
            locators = LocaleTerms.of(xml()).locators;
        }
        return locators;
    }
}
