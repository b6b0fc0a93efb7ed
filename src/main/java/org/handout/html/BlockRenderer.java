package org.handout.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.transform.InlineText;

/** Writes block content in the CommonMark reference shape, plus the accessibility a page needs. */
final class BlockRenderer {
    private final Context context;
    private final InlineRenderer inlines;
    /** Ids of the headings of the sections being written, innermost first: they name tables. */
    private final Deque<String> sectionHeadings = new ArrayDeque<>();

    BlockRenderer(Context context) {
        this.context = context;
        this.inlines = new InlineRenderer(context);
    }

    InlineRenderer inlines() {
        return inlines;
    }

    void render(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            block(block, false, out);
        }
    }

    /** {@code tight}: a paragraph in a tight list item is written without its p element. */
    private void block(Block block, boolean tight, StringBuilder out) {
        if (block instanceof Block.Paragraph p) {
            paragraph(p.content(), tight, out);
        } else if (block instanceof Block.Heading h) {
            heading(h, out);
        } else if (block instanceof Block.Section s) {
            section(s, out);
        } else if (block instanceof Block.Figure f) {
            figure(f, out);
        } else if (block instanceof Block.ListBlock l) {
            list(l, out);
        } else if (block instanceof Block.BlockQuote q) {
            out.append("<blockquote>\n");
            render(q.content(), out);
            out.append("</blockquote>\n");
        } else if (block instanceof Block.CodeBlock c) {
            code(c, out);
        } else if (block instanceof Block.ThematicBreak) {
            out.append("<hr>\n");
        } else if (block instanceof Block.Table t) {
            new TableRenderer(context, inlines).render(t, sectionHeadings.peek(), out);
        } else if (block instanceof Block.Bibliography b) {
            bibliography(b, out);
        } else if (block instanceof Block.RawHtml raw) {
            out.append(Sanitizer.block(raw.html(), raw.pos(), context.diagnostics)).append('\n');
        }
    }

    /** A paragraph left empty by the sanitizer is not written at all. */
    private void paragraph(List<Inline> content, boolean tight, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        inlines.render(content, text);
        if (tight) {
            out.append(text).append('\n');
        } else if (!text.toString().isBlank()) {
            // A paragraph takes its direction from its first strong character, as in the PDF, so
            // an Arabic paragraph in an English handout reads and aligns right to left.
            boolean rtl = com.ibm.icu.text.Bidi.getBaseDirection(InlineText.of(content)) == com.ibm.icu.text.Bidi.RTL;
            out.append(rtl ? "<p dir=\"rtl\">" : "<p>").append(text).append("</p>\n");
        }
    }

    private void heading(Block.Heading h, StringBuilder out) {
        out.append("<h").append(h.level());
        if (h.id() != null) {
            out.append(" id=\"").append(Escape.html(h.id())).append('"');
        }
        out.append('>');
        inlines.render(h.content(), out);
        out.append("</h").append(h.level()).append(">\n");
    }

    private void section(Block.Section s, StringBuilder out) {
        boolean references = s.content().stream().anyMatch(b -> b instanceof Block.Bibliography);
        out.append(references ? "<section role=\"doc-bibliography\" aria-labelledby=\"" : "<section aria-labelledby=\"")
                .append(Escape.html(s.heading().id())).append("\">\n");
        heading(s.heading(), out);
        sectionHeadings.push(s.heading().id());
        render(s.content(), out);
        sectionHeadings.pop();
        out.append("</section>\n");
    }

    /**
     * The style's own labels ("1.", "[1]") are written as text, so both outputs show the same;
     * each entry links back to every place that cites it. Entries are plain list items:
     * DPUB-ARIA 1.1 deprecates doc-biblioentry in favour of them.
     */
    private void bibliography(Block.Bibliography b, StringBuilder out) {
        out.append("<ol class=\"references\">\n");
        for (BibliographyEntry entry : b.entries()) {
            out.append("<li id=\"").append(Escape.html(entry.id())).append("\">");
            if (entry.label() != null) {
                out.append("<span class=\"label\">").append(Escape.html(entry.label())).append("</span> ");
            }
            inlines.render(entry.content(), out);
            for (int n = 0; n < entry.citations().size(); n++) {
                Footnotes.backLink(entry.citations().get(n), n + 1, context, out);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /** A lone informative image is a figure; a decorative one needs no figure semantics. */
    private void figure(Block.Figure f, StringBuilder out) {
        boolean asFigure = !context.reference && !f.image().decorative();
        out.append(asFigure ? "<figure>" : "<p>");
        inlines.image(f.image(), out);
        out.append(asFigure ? "</figure>\n" : "</p>\n");
    }

    private void list(Block.ListBlock l, StringBuilder out) {
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag);
        if (l.ordered() && l.start() != 1) {
            out.append(" start=\"").append(l.start()).append('"');
        }
        out.append(">\n");
        for (Block.ListItem item : l.items()) {
            item(item, l.tight(), out);
        }
        out.append("</").append(tag).append(">\n");
    }

    private void item(Block.ListItem item, boolean tight, StringBuilder out) {
        out.append(item.checked() == null ? "<li>" : "<li class=\"task\">");
        List<Block> content = item.content();
        for (int i = 0; i < content.size(); i++) {
            Block block = content.get(i);
            if (i == 0 && item.checked() != null && block instanceof Block.Paragraph p) {
                taskParagraph(p, item.checked(), tight, out);
            } else {
                block(block, tight, out);
            }
        }
        if (content.isEmpty() && item.checked() != null) {
            out.append(checkbox(item.checked()));
        }
        out.append("</li>\n");
    }

    /** A task's checkbox sits inside a label with the task's text, so it has an accessible name. */
    private void taskParagraph(Block.Paragraph p, boolean checked, boolean tight, StringBuilder out) {
        out.append(tight ? "" : "<p>").append("<label>").append(checkbox(checked)).append(' ');
        inlines.render(p.content(), out);
        out.append("</label>").append(tight ? "\n" : "</p>\n");
    }

    private static String checkbox(boolean checked) {
        return checked ? "<input type=\"checkbox\" checked disabled>" : "<input type=\"checkbox\" disabled>";
    }

    private void code(Block.CodeBlock c, StringBuilder out) {
        out.append("<pre><code");
        String language = c.info().isEmpty() ? "" : c.info().split("\\s+", 2)[0];
        if (!language.isEmpty()) {
            out.append(" class=\"language-").append(Escape.html(language)).append('"');
        }
        out.append('>').append(Escape.html(c.literal())).append("</code></pre>\n");
    }
}
