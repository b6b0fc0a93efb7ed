package org.handout.pdf.layout;

import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.model.SourcePos;

/** What every part of the layout needs to know about the run: theme, words, and where to report. */
record LayoutContext(Theme theme, Labels labels, String lang, boolean keepGoing, Diagnostics diagnostics,
        Set<String> missingFiles) {

    /** The same context reporting nowhere: for measuring text that is laid out (and reported) later. */
    LayoutContext quiet() {
        return new LayoutContext(theme, labels, lang, true, new Diagnostics(diagnostics.file()), missingFiles);
    }

    /** A character no shipped font can draw: an error, or with keep-going a warning. */
    void missingGlyph(int codePoint, SourcePos pos) {
        String message = "character U+%04X (%s) is in no shipped font".formatted(codePoint,
                Character.getName(codePoint) == null ? "unnamed" : Character.getName(codePoint));
        if (keepGoing) {
            diagnostics.warn(pos, message + "; a replacement mark is shown");
        } else {
            diagnostics.error(pos, message + " (use --keep-going to show a replacement mark)");
        }
    }
}
