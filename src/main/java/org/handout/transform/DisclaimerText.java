package org.handout.transform;

import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.model.Block;
import org.handout.model.Disclaimer;
import org.handout.model.Document;
import org.handout.model.SourcePos;
import org.handout.source.MarkdownReader;

/**
 * Attaches the medical disclaimer: front matter {@code disclaimer:} first, then an organisation's
 * file, then the localized default. A blank disclaimer is an error: there is no way to drop it.
 */
public final class DisclaimerText {
    private DisclaimerText() {}

    /** {@code fileText} is the content of {@code --disclaimer-file}, or null. */
    public static Document apply(Document document, String fileText, Diagnostics diagnostics) {
        Labels labels = Labels.forLanguage(document.meta().lang());
        String frontMatter = document.meta().disclaimer();
        Disclaimer.Origin origin;
        String markdown;
        SourcePos pos;
        if (frontMatter != null) {
            origin = Disclaimer.Origin.FRONT_MATTER;
            markdown = frontMatter;
            pos = document.meta().disclaimerPos();
        } else if (fileText != null) {
            origin = Disclaimer.Origin.FILE;
            markdown = fileText;
            pos = SourcePos.line(1);
        } else {
            origin = Disclaimer.Origin.DEFAULT;
            markdown = labels.get("disclaimer.text");
            pos = SourcePos.NONE;
        }
        if (markdown.isBlank()) {
            diagnostics.error(pos, "the medical disclaimer is empty: give its text, or remove the empty"
                    + " setting to use the default");
            return document;
        }
        List<Block> content = MarkdownReader.readFragment(markdown, diagnostics).stream()
                .filter(b -> b instanceof Block.Paragraph || b instanceof Block.ListBlock)
                .toList();
        if (content.isEmpty()) {
            diagnostics.error(pos, "the medical disclaimer must be text (paragraphs or a list)");
            return document;
        }
        String lang = origin == Disclaimer.Origin.DEFAULT ? labels.lang() : document.meta().lang();
        return document.withDisclaimer(new Disclaimer(labels.get("disclaimer.heading"), content, lang, origin));
    }
}
