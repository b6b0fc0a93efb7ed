package org.handout.model;

import java.util.List;

/**
 * Front matter, as plain text. Optional fields are null or empty lists. {@code date} and
 * {@code reviewed} print exactly as written. {@code theme} is the path of a theme file as written,
 * relative to the source; it is read before the writers, never by them. {@code disclaimerLang} is
 * the language of the front matter's disclaimer when it is not the document's (null: the
 * document's). {@code labels} are the front matter's own words for the renderer's labels, by key,
 * in the document's language.
 */
public record Metadata(
        String title,
        String subtitle,
        List<Author> authors,
        String date,
        String lang,
        String description,
        List<String> keywords,
        String reviewed,
        String reviewer,
        String rights,
        String disclaimer,
        String disclaimerLang,
        SourcePos disclaimerPos,
        CitationSources citations,
        String theme,
        SourcePos themePos,
        java.util.Map<String, String> labels) {

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, subtitle, authors, date, lang, description, keywords, reviewed,
                reviewer, rights, disclaimer, disclaimerLang, disclaimerPos, citations, theme, themePos, labels);
    }

    public String shortTitle() {
        return title.length() <= 60 ? title : title.substring(0, 57).strip() + "…";
    }
}
