package org.handout.citation;

import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

/**
 * citeproc's HTML output with only the escapes HTML needs. citeproc's own escaping (commons-text's
 * escapeHtml4) writes every accented letter as a named entity, one table look-up per character,
 * which {@link CslHtml} then had to undo: a few percent of a long document's render. Subclasses a
 * class of citeproc's internal package, so a citeproc upgrade has to keep this compiling.
 */
final class MinimalHtmlFormat extends HtmlFormat {
    @Override
    protected String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
