package org.handout.html;

import java.util.List;

import org.handout.model.Block;
import org.handout.model.FootnoteDefinition;

/** The endnotes section: one list item per note, with a back-link to every call of it. */
final class Footnotes {
    private Footnotes() {}

    static void render(List<FootnoteDefinition> notes, Context context, BlockRenderer blocks, StringBuilder out) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("<section id=\"footnotes\" class=\"notes\" role=\"doc-endnotes\" aria-labelledby=\"notes-heading\">\n")
                .append("<h2 id=\"notes-heading\">").append(context.label("notes")).append("</h2>\n<ol>\n");
        for (FootnoteDefinition note : notes) {
            out.append("<li id=\"").append(note.id()).append("\">\n");
            List<Block> content = note.content();
            int last = content.size() - 1;
            blocks.render(last >= 0 && content.get(last) instanceof Block.Paragraph ? content.subList(0, last) : content);
            out.append("<p>");
            if (last >= 0 && content.get(last) instanceof Block.Paragraph p) {
                blocks.inlines().render(p.content());
            }
            for (int call = 0; call < note.calls().size(); call++) {
                backLink(note.calls().get(call), call + 1, context, out);
            }
            out.append("</p>\n</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /**
     * A back-link to one call (footnotes and reference entries link back to every call). A space
     * comes first, so that the link's words never run into the text or the back-link before it.
     * The visible arrow is hidden from assistive technology; the localized words name the link.
     */
    static void backLink(String target, int call, Context context, StringBuilder out) {
        out.append(" <a href=\"#").append(Escape.html(target)).append("\" class=\"backlink\" role=\"doc-backlink\">")
                .append("<span aria-hidden=\"true\">↩\uFE0E").append(call == 1 ? "" : "<sup>" + call + "</sup>")
                .append("</span><span class=\"visually-hidden\">").append(context.label("back"))
                .append(call == 1 ? "" : " " + call).append("</span></a>");
    }
}
