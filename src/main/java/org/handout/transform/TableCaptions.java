package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handout.i18n.Labels;
import org.handout.model.Block;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineText;

/**
 * Makes a table's caption out of the paragraph that names it, so that both outputs have a real
 * caption (HTML caption, PDF Caption inside the Table) instead of a loose paragraph:
 * <ul>
 * <li>Pandoc's syntax: a paragraph that starts with "Table:" (or "table:", or ":") right before or
 * right after a table; the prefix is dropped, as Pandoc drops it;</li>
 * <li>a numbered title right before a table: "Table 2: …" or "Table 2. …" (in English or the
 * handout's language: "Tabla 2. …"), kept whole.</li>
 * </ul>
 * A paragraph between two tables goes to the one before it only when that one has no caption yet
 * and the paragraph is in Pandoc's syntax, as Pandoc reads it. A caption shows where it was
 * written, above or below its table, and is read first, as the table's name.
 */
public final class TableCaptions {
    private static final Pattern PANDOC = Pattern.compile("^\\s*(?:[Tt]able:|:(?!\\p{Punct}))\\s*");

    private final Pattern numbered;

    private TableCaptions(Labels labels) {
        String word = labels.get("table");
        numbered = Pattern.compile("^(?:Table|" + Pattern.quote(word) + ")\\s+\\d+[.:]\\s");
    }

    public static Document apply(Document document) {
        TableCaptions captions = new TableCaptions(Labels.forDocument(document.meta().lang(), document.meta().labels()));
        return new BlockRewrite() {
            @Override
            public List<Block> blocks(List<Block> blocks) {
                return super.blocks(captions.pair(blocks));
            }
        }.document(document);
    }

    /** The blocks with each caption paragraph moved into its table. */
    private List<Block> pair(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!(block instanceof Block.Table table)) {
                out.add(block);
                continue;
            }
            int last = out.size() - 1;
            List<Inline> before = last >= 0 && out.get(last) instanceof Block.Paragraph p ? caption(p, true) : null;
            List<Inline> after = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Paragraph p ? caption(p, false)
                    : null;
            if (before != null) {
                out.set(last, table.withCaption(before, false));
            } else if (after != null) {
                out.add(table.withCaption(after, true));
                i++;
            } else {
                out.add(table);
            }
        }
        return out;
    }

    /** The caption a paragraph gives a table it stands {@code before} or after, or null if it is none. */
    private List<Inline> caption(Block.Paragraph paragraph, boolean before) {
        List<Inline> content = paragraph.content();
        if (content.isEmpty()) {
            return null;
        }
        if (content.get(0) instanceof Inline.Text first) {
            Matcher prefix = PANDOC.matcher(first.text());
            if (prefix.find()) {
                List<Inline> rest = new ArrayList<>(content);
                String text = first.text().substring(prefix.end());
                if (text.isEmpty()) {
                    rest.remove(0);
                } else {
                    rest.set(0, new Inline.Text(text));
                }
                return rest.isEmpty() ? null : rest;
            }
        }
        return before && numbered.matcher(InlineText.of(content).strip()).find() ? content : null;
    }
}
