package org.handout.pdf;

import java.util.List;

import org.handout.i18n.Byline;
import org.handout.i18n.Labels;
import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.FootnoteDefinition;
import org.handout.model.InlineText;

/**
 * What a screen reader should hear, worked out from the model independently of the layout: the
 * title block, the disclaimer, the body in source order, then the notes. (The independent check
 * against a reading of the source that shares no code with ours is fidelity.IndependentReaderTest.)
 */
final class ExpectedText implements Block.Visitor<Void> {
    private static final String[] BULLETS = {"•", "◦", "▪"};
    /** Each title, heading, paragraph, item label, cell… as a screen reader gets it, in order. */
    private final Parts out = new Parts();
    private int depth;
    private String back;

    /** Strings appended one by one, kept apart as well as together. */
    private static final class Parts {
        final StringBuilder all = new StringBuilder();
        final List<String> each = new java.util.ArrayList<>();

        Parts append(Object part) {
            all.append(part);
            each.add(String.valueOf(part));
            return this;
        }
    }

    static String of(Document document) {
        return walk(document).all.toString();
    }

    /** The same text in its parts: each block (title, heading, paragraph, cell, label…) on its own. */
    static List<String> blocks(Document document) {
        return walk(document).each;
    }

    private static Parts walk(Document document) {
        ExpectedText e = new ExpectedText();
        Labels labels = Labels.forLanguage(document.meta().lang());
        e.out.append(document.meta().title());
        if (document.meta().subtitle() != null) {
            e.out.append(document.meta().subtitle());
        }
        e.out.append(Byline.of(document.meta(), labels));
        e.out.append(document.disclaimer().heading());
        e.blocks(document.disclaimer().content());
        e.back = labels.get("back");
        e.blocks(document.body());
        if (!document.footnotes().isEmpty()) {
            e.out.append(labels.get("notes"));
            for (FootnoteDefinition note : document.footnotes()) {
                e.out.append(note.number()).append(". ");
                e.blocks(note.content());
                e.backLinks(note.calls().size());
            }
        }
        return e.out;
    }

    private Void blocks(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
        return null;
    }

    @Override
    public Void section(Block.Section s) {
        out.append(InlineText.of(s.heading().content()));
        return blocks(s.content());
    }

    @Override
    public Void heading(Block.Heading h) {
        out.append(InlineText.of(h.content()));
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        out.append(InlineText.of(p.content()));
        return null;
    }

    @Override
    public Void figure(Block.Figure f) {
        if (!f.image().decorative()) {
            out.append(f.image().alt());
        }
        return null;
    }

    @Override
    public Void list(Block.ListBlock l) {
        int number = l.start();
        depth++;
        for (Block.ListItem item : l.items()) {
            out.append(l.ordered() ? number++ + "." : item.checked() != null ? (item.checked() ? "☑" : "☐")
                    : BULLETS[(depth - 1) % 3]);
            blocks(item.content());
        }
        depth--;
        return null;
    }

    @Override
    public Void quote(Block.BlockQuote q) {
        return blocks(q.content());
    }

    @Override
    public Void code(Block.CodeBlock c) {
        out.append(c.literal());
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        return null;
    }

    @Override
    public Void table(Block.Table t) {
        out.append(InlineText.of(t.caption()));
        t.header().forEach(c -> out.append(InlineText.of(c.content())));
        t.rows().forEach(row -> row.forEach(c -> out.append(InlineText.of(c.content()))));
        return null;
    }

    @Override
    public Void bibliography(Block.Bibliography b) {
        for (BibliographyEntry entry : b.entries()) {
            out.append(entry.label() == null ? "" : entry.label()).append(InlineText.of(entry.content()));
            backLinks(entry.citations().size());
        }
        return null;
    }

    @Override
    public Void rawHtml(Block.RawHtml h) {
        // A summary stands apart from the details it opens, as a browser shows it (jsoup reads it as inline).
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(h.html());
        html.select("summary").after(" ");
        out.append(html.text());
        return null;
    }

    /** One back-link per call: "Back to text", "Back to text 2"… */
    private void backLinks(int calls) {
        for (int n = 1; n <= calls; n++) {
            out.append(back).append(n == 1 ? "" : " " + n);
        }
    }

    /** Text compared without white space, so line breaks and spacing cannot hide or fake a match. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00ad\\u200b-\\u200f\\u2060\\ufeff]+", "");
    }
}
