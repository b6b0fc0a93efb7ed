package org.handout.html;

import java.util.List;
import java.util.Locale;

import org.handout.model.Block;
import org.handout.model.InlineText;

/**
 * Writes a table inside a focusable, named scroll box, so a wide table scrolls by itself at narrow
 * widths instead of the page, by keyboard too. The box is a group, not a region: it needs a name
 * because it takes focus, but a landmark per table would bury the page's few real landmarks. It is
 * named by its section heading and the table's first column header; the id uses "_", which
 * heading slugs never contain, so it cannot collide. A table with a caption is named by it instead.
 */
final class TableRenderer {
    private final Context context;
    private final InlineRenderer inlines;

    TableRenderer(Context context, InlineRenderer inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    void render(Block.Table table, String sectionHeadingId, StringBuilder out) {
        String id = "table_" + context.nextTable();
        String headId = id + "_head";
        String name = !table.caption().isEmpty() ? id + "_caption"
                : sectionHeadingId == null ? headId : sectionHeadingId + " " + headId;
        out.append("<div class=\"table-wrap\" role=\"group\" tabindex=\"0\" aria-labelledby=\"")
                .append(Escape.html(name)).append("\">\n<table>\n");
        if (!table.caption().isEmpty()) {
            out.append("<caption id=\"").append(id).append(table.captionBelow() ? "_caption\" class=\"below\">" : "_caption\">");
            inlines.render(table.caption());
            out.append("</caption>\n");
        }
        out.append("<thead>\n<tr>\n");
        for (int i = 0; i < table.header().size(); i++) {
            cell("th", table, i, table.header().get(i), i == 0 ? headId : null, out);
        }
        out.append("</tr>\n</thead>\n");
        if (!table.rows().isEmpty()) {
            out.append("<tbody>\n");
            for (List<Block.Cell> row : table.rows()) {
                out.append("<tr>\n");
                for (int i = 0; i < row.size(); i++) {
                    cell("td", table, i, row.get(i), null, out);
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n</div>\n");
    }

    private void cell(String tag, Block.Table table, int column, Block.Cell cell, String id, StringBuilder out) {
        out.append('<').append(tag);
        if (id != null) {
            out.append(" id=\"").append(id).append('"');
        }
        if (tag.equals("th")) {
            out.append(" scope=\"col\"");
        }
        Block.Alignment alignment = table.alignments().get(column);
        if (alignment != Block.Alignment.NONE) {
            out.append(" class=\"align-").append(alignment.name().toLowerCase(Locale.ROOT)).append('"');
        }
        out.append('>');
        if (tag.equals("th") && InlineText.of(cell.content()).isBlank()) {
            // An empty header stays a header (its column's cells refer to it) with a name for assistive technology.
            out.append("<span class=\"visually-hidden\">").append(context.words(context.labels.column(column + 1)))
                    .append("</span>");
        } else {
            inlines.render(cell.content());
        }
        out.append("</").append(tag).append(">\n");
    }
}
