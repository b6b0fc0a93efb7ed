package org.handout.pdf.layout;

import java.util.regex.Pattern;

import org.handout.model.Block;
import org.handout.model.InlineText;

/**
 * Recognises a caption for the layout's keep-together rule. Markdown has no caption syntax that
 * commonmark reads, so authors write one as a short paragraph right above or below the table or
 * figure, opening with Pandoc's table caption marker ({@code Table:} or {@code :}) or with a label
 * word and a number ("Figure 2.", "Table 1:", "Tabla 3.", "Abb. 4:"). Such a paragraph stays on
 * the page of its object; it is still read and tagged as the paragraph it is.
 */
final class Captions {
    private static final Pattern OPENING =
            Pattern.compile("(?:(?i:table)?:\\s|\\p{L}{2,}\\.?\\s*[\\p{N}IVX]+(?:\\.\\p{N}+)?\\s*[.:–—-])");
    /** Longer than this, a paragraph is text that happens to begin like a caption. */
    private static final int MAX_LENGTH = 300;

    private Captions() {}

    static boolean isCaption(Block.Paragraph paragraph) {
        String text = InlineText.of(paragraph.content()).strip();
        return text.length() <= MAX_LENGTH && OPENING.matcher(text).lookingAt();
    }
}
