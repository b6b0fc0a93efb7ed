package org.handout.transform;

import java.util.ArrayList;
import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.i18n.Labels;
import org.handout.model.Block;
import org.handout.model.Disclaimer;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.SourcePos;
import org.handout.source.MarkdownReader;

/**
 * Attaches the medical disclaimer: front matter {@code disclaimer:} first, then an organisation's
 * file, then the localized default. Its Markdown is read like the body (lists, raw HTML that the
 * writers sanitise…); only a disclaimer with no words left is an error: there is no way to drop it.
 * A heading inside it becomes a bold paragraph, so the document's outline stays the author's.
 */
public final class DisclaimerText {
    private DisclaimerText() {}

    /** The organisation's disclaimer file: its name, for messages, and its text. */
    public record File(String name, String text) {}

    /** {@code file} is {@code --disclaimer-file}, or null. */
    public static Document apply(Document document, File file, Diagnostics diagnostics) {
        Labels labels = Labels.forDocument(document.meta().lang(), document.meta().labels());
        String frontMatter = document.meta().disclaimer();
        Disclaimer.Origin origin;
        String markdown;
        SourcePos pos;
        if (frontMatter != null) {
            origin = Disclaimer.Origin.FRONT_MATTER;
            markdown = frontMatter;
            pos = document.meta().disclaimerPos();
        } else if (file != null) {
            origin = Disclaimer.Origin.FILE;
            markdown = file.text();
            pos = SourcePos.line(1);
        } else if (!Labels.supports(document.meta().lang())) {
            // A medical disclaimer is never machine-translated: a handout in a language without a reviewed one brings its own.
            diagnostics.error(SourcePos.line(1), "the handout is in '" + document.meta().lang() + "' ("
                    + displayName(document.meta().lang()) + "), and the renderer has no reviewed medical disclaimer in that"
                    + " language: give the organisation's own in the front matter (disclaimer: …, or disclaimer: {lang: en,"
                    + " text: …} for one in another language) or with --disclaimer-file");
            return document;
        } else {
            origin = Disclaimer.Origin.DEFAULT;
            markdown = labels.get("disclaimer.text");
            pos = SourcePos.NONE;
        }
        if (markdown.isBlank()) {
            (file == null || frontMatter != null ? diagnostics : diagnostics.about(file.name())).error(pos, "the medical disclaimer is empty: give its text, or remove the empty"
                    + " setting to use the default");
            return document;
        }
        Diagnostics about = origin == Disclaimer.Origin.FILE ? diagnostics.about(file.name()) : diagnostics;
        int lineOffset = origin == Disclaimer.Origin.FRONT_MATTER ? Math.max(0, pos.line() - 1) : 0;
        List<Block> content = withoutHeadings(MarkdownReader.readFragment(markdown, lineOffset, about));
        if (BlockText.of(content).isBlank()) {
            about.error(pos, "the medical disclaimer has no text left once its raw HTML is removed:"
                    + " write it as Markdown text (paragraphs or a list)");
            return document;
        }
        // The default words are in the document's language (it has them reviewed: an en-US handout's English
        // disclaimer is en-US, not a switch to "en"); the front matter may name its disclaimer's own language.
        String own = origin == Disclaimer.Origin.FRONT_MATTER ? document.meta().disclaimerLang() : null;
        String lang = own != null ? own : document.meta().lang();
        return document.withDisclaimer(new Disclaimer(labels.get("disclaimer.heading"), content, lang, origin));
    }

    private static String displayName(String tag) {
        return java.util.Locale.forLanguageTag(tag).getDisplayName(java.util.Locale.ENGLISH);
    }

    private static List<Block> withoutHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            out.add(block instanceof Block.Heading h
                    ? new Block.Paragraph(List.of(new Inline.Strong(h.content())), h.pos()) : block);
        }
        return out;
    }
}
