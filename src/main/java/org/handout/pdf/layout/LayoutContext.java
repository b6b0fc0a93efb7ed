package org.handout.pdf.layout;

import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.i18n.Scripts;
import org.handout.model.SourcePos;

/** What every part of the layout needs to know about the run: theme, words, and where to report. */
record LayoutContext(Theme theme, Labels labels, String lang, boolean keepGoing, Diagnostics diagnostics,
        Set<String> missingFiles) {

    /**
     * True for a document in a right-to-left language: list markers, indents, tables, quote rules,
     * the renderer's own headings and the footer then follow its direction.
     */
    boolean rightToLeft() {
        return Scripts.rightToLeft(lang);
    }

    /** The same context reporting nowhere: for measuring text that is laid out (and reported) later. */
    LayoutContext quiet() {
        return new LayoutContext(theme, labels, lang, true, new Diagnostics(diagnostics.file()), missingFiles);
    }

    /** How many characters one message names; the count says how many there are. */
    private static final int EXAMPLES = 3;

    /**
     * Characters of a paragraph that no shipped font can draw: one error (a warning with
     * keep-going) per script, with their count and the first few, however many there are.
     */
    void missingGlyphs(java.util.Collection<Integer> codePoints, SourcePos pos) {
        java.util.Map<String, java.util.List<Integer>> byScript = new java.util.LinkedHashMap<>();
        for (int cp : codePoints) {
            byScript.computeIfAbsent(com.ibm.icu.lang.UScript.getName(com.ibm.icu.lang.UScript.getScript(cp)),
                    s -> new java.util.ArrayList<>()).add(cp);
        }
        byScript.forEach((script, list) -> {
            StringBuilder examples = new StringBuilder();
            for (int cp : list.subList(0, Math.min(EXAMPLES, list.size()))) {
                String name = Character.getName(cp);
                String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
                examples.append(examples.length() == 0 ? "" : ", ").append("U+").append("0".repeat(Math.max(0, 4 - hex.length())))
                        .append(hex).append(" (").append(name == null ? "unnamed" : name).append(')');
            }
            String more = list.size() > EXAMPLES ? ", …" : "";
            String message = (list.size() == 1 ? "1 character" : list.size() + " different characters") + " of script "
                    + script + " in no shipped font: " + examples + more;
            if (keepGoing) {
                diagnostics.warn(pos, message + "; replacement marks are shown");
            } else {
                diagnostics.error(pos, message + " (use --keep-going to show replacement marks)");
            }
        });
    }
}
