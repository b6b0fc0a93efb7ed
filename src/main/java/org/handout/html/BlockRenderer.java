package org.handout.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;

import org.handout.i18n.Scripts;
import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.InlineText;

/** Writes block content in the CommonMark reference shape, plus the accessibility a page needs. */
final class BlockRenderer implements Block.Visitor<Void> {
    private final Context context;
    private final StringBuilder out;
    private final InlineRenderer inlines;
    /** Headings of the sections being written, innermost first: they name tables and reference lists. */
    private final Deque<Block.Heading> sectionHeadings = new ArrayDeque<>();
    /** Raw elements (details, div) that a raw HTML block opened for the blocks after it, innermost first. */
    private final Deque<OpenRaw> openRaw = new ArrayDeque<>();
    /** How many block lists are being written, one inside another. */
    private int level;

    /** A raw element left open by a block of the list at {@code level}: only that list may close it. */
    private record OpenRaw(String name, int level) {}

    BlockRenderer(Context context, StringBuilder out) {
        this.context = context;
        this.out = out;
        this.inlines = new InlineRenderer(context, out);
    }

    InlineRenderer inlines() {
        return inlines;
    }

    /** Writes blocks; a raw element one of them left open is closed by the end of the list at the latest. */
    void render(List<Block> blocks) {
        level++;
        for (Block block : blocks) {
            block.accept(this);
        }
        while (!openRaw.isEmpty() && openRaw.peek().level() == level) {
            out.append("</").append(openRaw.pop().name()).append(">\n");
        }
        level--;
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        paragraph(paragraph.content(), false);
        return null;
    }

    /**
     * A paragraph left empty by the sanitizer is not written at all; {@code tight}: a paragraph in
     * a tight list item is written without its p element.
     */
    private void paragraph(List<Inline> content, boolean tight) {
        StringBuilder text = new StringBuilder();
        new InlineRenderer(context, text).render(content);
        if (tight) {
            out.append(text).append('\n');
        } else if (!text.toString().isBlank()) {
            // A paragraph takes its direction from its first strong character, as in the PDF, so
            // an Arabic paragraph in an English handout reads and aligns right to left.
            // Likewise an English paragraph in a Persian handout reads and aligns left to right.
            String plain = InlineText.of(content);
            int direction = !Scripts.allPlain(plain) ? com.ibm.icu.text.Bidi.getBaseDirection(plain)
                    : Scripts.hasLeftToRightLetter(plain) ? com.ibm.icu.text.Bidi.LTR : com.ibm.icu.text.Bidi.NEUTRAL;
            String dir = direction == com.ibm.icu.text.Bidi.RTL ? " dir=\"rtl\""
                    : direction == com.ibm.icu.text.Bidi.LTR && context.rightToLeft() ? " dir=\"ltr\"" : "";
            out.append("<p").append(dir).append('>').append(text).append("</p>\n");
        }
    }

    @Override
    public Void heading(Block.Heading h) {
        out.append("<h").append(h.level());
        if (h.id() != null) {
            out.append(" id=\"").append(Escape.html(h.id())).append('"');
        }
        out.append('>');
        inlines.render(h.content());
        out.append("</h").append(h.level()).append(">\n");
        return null;
    }

    /**
     * A section is a landmark only when it holds a reference list: every other section would be a
     * named region, and a long handout would have hundreds of them, burying the few that matter.
     */
    @Override
    public Void section(Block.Section s) {
        if (holdsBibliography(s.content())) {
            out.append("<section role=\"doc-bibliography\"").append(landmarkName("doc-bibliography", s.heading()))
                    .append(">\n");
        } else {
            out.append("<section>\n");
        }
        heading(s.heading());
        sectionHeadings.push(s.heading());
        render(s.content());
        sectionHeadings.pop();
        out.append("</section>\n");
        return null;
    }

    private static boolean holdsBibliography(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Block.Bibliography) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names a landmark by its heading, preceded by the enclosing sections' headings until no other
     * landmark of its role has the same name ("Part 2 References"); if even the whole path repeats,
     * a number tells them apart.
     */
    private String landmarkName(String role, Block.Heading heading) {
        List<Block.Heading> path = new ArrayList<>(List.of(heading));
        Iterator<Block.Heading> enclosing = sectionHeadings.iterator();
        while (context.landmarkNamed(role, name(path)) && enclosing.hasNext()) {
            path.add(0, enclosing.next());
        }
        int uses = context.nameLandmark(role, name(path));
        if (uses > 1) {
            return " aria-label=\"" + Escape.html(name(path) + " " + uses) + '"';
        }
        StringJoiner ids = new StringJoiner(" ");
        for (Block.Heading h : path) {
            ids.add(h.id());
        }
        return " aria-labelledby=\"" + Escape.html(ids.toString()) + '"';
    }

    private static String name(List<Block.Heading> path) {
        StringJoiner name = new StringJoiner(" ");
        for (Block.Heading h : path) {
            name.add(InlineText.of(h.content()));
        }
        return name.toString();
    }

    @Override
    public Void quote(Block.BlockQuote quote) {
        out.append("<blockquote>\n");
        render(quote.content());
        out.append("</blockquote>\n");
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        out.append("<hr>\n");
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        Block.Heading section = sectionHeadings.peek();
        new TableRenderer(context, inlines).render(table, section == null ? null : section.id(), out);
        return null;
    }

    @Override
    public Void rawHtml(Block.RawHtml raw) {
        String closes = Sanitizer.closeTag(raw.html().strip());
        if (closes != null && openRaw.contains(new OpenRaw(closes, level))) {
            String name;
            do {
                name = openRaw.pop().name();
                out.append("</").append(name).append(">\n");
            } while (!name.equals(closes));
            return null;
        }
        Sanitizer.Cleaned cleaned = Sanitizer.block(raw.html(), raw.pos(), context.diagnostics);
        out.append(cleaned.html()).append('\n');
        if (cleaned.opens() != null) {
            openRaw.push(new OpenRaw(cleaned.opens(), level));
        }
        return null;
    }

    /**
     * The style's own labels ("1.", "[1]") are written as text, so both outputs show the same;
     * each entry links back to every place that cites it. Entries are plain list items:
     * DPUB-ARIA 1.1 deprecates doc-biblioentry in favour of them.
     */
    @Override
    public Void bibliography(Block.Bibliography b) {
        out.append("<ol class=\"references\">\n");
        for (BibliographyEntry entry : b.entries()) {
            out.append("<li id=\"").append(Escape.html(entry.id())).append("\">");
            if (entry.label() != null) {
                out.append("<span class=\"label\">").append(Escape.html(entry.label())).append("</span> ");
            }
            inlines.render(entry.content());
            for (int n = 0; n < entry.citations().size(); n++) {
                Footnotes.backLink(entry.citations().get(n), n + 1, context, out);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
        return null;
    }

    /** A lone informative image is a figure; a decorative one needs no figure semantics. */
    @Override
    public Void figure(Block.Figure f) {
        boolean asFigure = !context.reference && !f.image().decorative();
        out.append(asFigure ? "<figure>" : "<p>");
        inlines.image(f.image());
        out.append(asFigure ? "</figure>\n" : "</p>\n");
        return null;
    }

    @Override
    public Void list(Block.ListBlock l) {
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag);
        if (l.ordered() && l.start() != 1) {
            out.append(" start=\"").append(l.start()).append('"');
        }
        out.append(">\n");
        for (Block.ListItem item : l.items()) {
            item(item, l.tight());
        }
        out.append("</").append(tag).append(">\n");
        return null;
    }

    private void item(Block.ListItem item, boolean tight) {
        out.append(item.checked() == null ? "<li>" : "<li class=\"task\">");
        List<Block> content = item.content();
        for (int i = 0; i < content.size(); i++) {
            Block block = content.get(i);
            if (i == 0 && item.checked() != null && block instanceof Block.Paragraph p) {
                taskParagraph(p, item.checked(), tight);
            } else if (tight && block instanceof Block.Paragraph p) {
                paragraph(p.content(), true);
            } else {
                block.accept(this);
            }
        }
        if (content.isEmpty() && item.checked() != null) {
            out.append(checkbox(item.checked()));
        }
        out.append("</li>\n");
    }

    /** A task's checkbox sits inside a label with the task's text, so it has an accessible name. */
    private void taskParagraph(Block.Paragraph p, boolean checked, boolean tight) {
        out.append(tight ? "" : "<p>").append("<label>").append(checkbox(checked)).append(' ');
        inlines.render(p.content());
        out.append("</label>").append(tight ? "\n" : "</p>\n");
    }

    private static String checkbox(boolean checked) {
        return checked ? "<input type=\"checkbox\" checked disabled>" : "<input type=\"checkbox\" disabled>";
    }

    @Override
    public Void code(Block.CodeBlock c) {
        out.append("<pre><code");
        String language = c.info().isEmpty() ? "" : c.info().split("\\s+", 2)[0];
        if (!language.isEmpty()) {
            out.append(" class=\"language-").append(Escape.html(language)).append('"');
        }
        out.append('>').append(Escape.html(c.literal())).append("</code></pre>\n");
        return null;
    }
}
