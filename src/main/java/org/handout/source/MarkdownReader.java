package org.handout.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.Metadata;
import org.handout.model.SourcePos;

/**
 * Reads CommonMark + GFM (tables, strikethrough, autolinks, task lists, footnotes) into the model.
 * Nesting deeper than {@link #MAX_DEPTH} is flattened, with a warning, so that a hostile source
 * cannot exhaust the stack here or in any writer.
 */
public final class MarkdownReader {
    /** Deepest nesting of lists and block quotes (and of inline emphasis) that is kept. */
    public static final int MAX_DEPTH = 32;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    AutolinkExtension.create(), TaskListItemsExtension.create(),
                    FootnotesExtension.builder().inlineFootnotes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** For the lines of a table that GFM does not accept as one. */
    private static final Parser WITHOUT_TABLES = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create(), AutolinkExtension.create(),
                    TaskListItemsExtension.create(), FootnotesExtension.builder().inlineFootnotes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Widest table read when the caller sets no limit. */
    public static final int DEFAULT_MAX_TABLE_COLUMNS = 64;

    private final Diagnostics diagnostics;
    private final int lineOffset;
    private final int maxTableColumns;
    /** The Markdown being read, by line: a table's delimiter row is only in the text. */
    private final String markdown;
    /** The source's lines, split only when a table needs them: split by a regular expression, they cost a twentieth of a parse. */
    private String[] lines;
    private final Map<String, Node> footnoteDefinitions = new HashMap<>();
    private final Map<Object, Inline.FootnoteRef> footnoteCalls = new HashMap<>();
    private final Map<Object, Integer> callCounts = new HashMap<>();
    private final List<org.handout.model.FootnoteDefinition> footnotes = new ArrayList<>();
    private boolean depthWarned;
    private boolean inlineDepthWarned;

    private MarkdownReader(Diagnostics diagnostics, int lineOffset, int maxTableColumns, String markdown) {
        this.diagnostics = diagnostics;
        this.lineOffset = lineOffset;
        this.maxTableColumns = maxTableColumns;
        this.markdown = markdown;
    }

    private String line(int index) {
        if (lines == null) {
            lines = markdown.split("\r\n|\r|\n", -1);
        }
        return lines[index];
    }

    /**
     * Reads a whole source file: front matter, then the Markdown body. A table wider than
     * {@code maxTableColumns} is an error: no page can show it legibly.
     */
    public static Document read(String sourceName, String text, String defaultLang, int maxTableColumns,
            Diagnostics diagnostics) {
        FrontMatter.Split split = FrontMatter.split(text);
        Metadata meta = FrontMatter.read(split.yaml(), defaultLang, diagnostics);
        MarkdownReader reader = new MarkdownReader(diagnostics, split.bodyLineOffset(), maxTableColumns, split.body());
        List<Block> body = reader.blocks(PARSER.parse(split.body()));
        // Numbered 1 to n in order of first reference; a note cited in another's body is read before that one ends.
        org.handout.model.FootnoteDefinition[] notes = new org.handout.model.FootnoteDefinition[reader.footnotes.size()];
        for (org.handout.model.FootnoteDefinition note : reader.footnotes) {
            notes[note.number() - 1] = note;
        }
        return new Document(sourceName, meta, body, List.of(notes));
    }

    /** Reads Markdown with no front matter, as the spec tests need. */
    public static List<Block> readFragment(String markdown, Diagnostics diagnostics) {
        return readFragment(markdown, 0, diagnostics);
    }

    /** Reads Markdown with no front matter whose first line is line {@code lineOffset + 1} of its file. */
    public static List<Block> readFragment(String markdown, int lineOffset, Diagnostics diagnostics) {
        return new MarkdownReader(diagnostics, lineOffset, DEFAULT_MAX_TABLE_COLUMNS, markdown).blocks(PARSER.parse(markdown));
    }

    private List<Block> blocks(Node document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteDefinition def) {
                footnoteDefinitions.putIfAbsent(def.getLabel().toLowerCase(java.util.Locale.ROOT), def);
            }
        }
        return children(document, 0);
    }

    private List<Block> children(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Block block = block(child, depth);
            if (block != null) {
                out.add(block);
            }
        }
        return out;
    }

    private Block block(Node node, int depth) {
        SourcePos pos = pos(node);
        if (depth > MAX_DEPTH && (node instanceof ListBlock || node instanceof org.commonmark.node.BlockQuote)) {
            return flattened(node, pos);
        }
        if (node instanceof Heading h) {
            return new Block.Heading(h.getLevel(), inlines(h, 0), null, pos);
        } else if (node instanceof Paragraph p) {
            return paragraph(p, pos);
        } else if (node instanceof BulletList list) {
            return new Block.ListBlock(false, 1, list.isTight(), items(list, depth), pos);
        } else if (node instanceof OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            return new Block.ListBlock(true, start == null ? 1 : start, list.isTight(), items(list, depth), pos);
        } else if (node instanceof org.commonmark.node.BlockQuote quote) {
            return new Block.BlockQuote(children(quote, depth + 1), pos);
        } else if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip();
            return new Block.CodeBlock(info, code.getLiteral(), pos);
        } else if (node instanceof IndentedCodeBlock code) {
            return new Block.CodeBlock("", code.getLiteral(), pos);
        } else if (node instanceof ThematicBreak) {
            return new Block.ThematicBreak(pos);
        } else if (node instanceof HtmlBlock html) {
            return new Block.RawHtml(html.getLiteral(), pos);
        } else if (node instanceof TableBlock table) {
            return table(table, pos);
        } else if (node instanceof LinkReferenceDefinition || node instanceof FootnoteDefinition
                || node instanceof TaskListItemMarker) {
            return null;
        }
        diagnostics.warn(pos, "unsupported Markdown block " + node.getClass().getSimpleName() + " is dropped");
        return null;
    }

    private Block paragraph(Paragraph p, SourcePos pos) {
        List<Inline> content = inlines(p, 0);
        if (content.size() == 1 && content.get(0) instanceof Inline.Image image) {
            return new Block.Figure(image, pos);
        }
        return new Block.Paragraph(content, pos);
    }

    private List<Block.ListItem> items(ListBlock list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(new Block.ListItem(children(item, depth + 1), taskState(item), pos(item)));
            }
        }
        return items;
    }

    private static Boolean taskState(ListItem item) {
        Node first = item.getFirstChild();
        if (first instanceof TaskListItemMarker marker) {
            return marker.isChecked();
        }
        if (first instanceof Paragraph p && p.getFirstChild() instanceof TaskListItemMarker marker) {
            return marker.isChecked();
        }
        return null;
    }

    /** Marks, on the flattening walk's stack, the end of a list item's content. */
    private static final Object END_OF_ITEM = new Object();

    /**
     * Replaces structure too deep to keep with its paragraphs and code, in order, iteratively. A
     * list stays a list: one list whose items each hold a run of leaves (an item's own, up to the
     * next item in or out), so it is read as a list, not as a quote. A block quote becomes one quote.
     */
    private Block flattened(Node node, SourcePos pos) {
        if (!depthWarned) {
            diagnostics.warn(pos, "lists and block quotes nested deeper than " + MAX_DEPTH
                    + " levels are flattened");
            depthWarned = true;
        }
        boolean asList = node instanceof ListBlock;
        List<Block.ListItem> items = new ArrayList<>();
        List<Block> leaves = new ArrayList<>();
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (asList && (top == END_OF_ITEM || top instanceof ListItem)) {
                endItem(leaves, items, pos);
            }
            if (top == END_OF_ITEM) {
                continue;
            }
            Node current = (Node) top;
            if (current instanceof ListBlock || current instanceof ListItem
                    || current instanceof org.commonmark.node.BlockQuote) {
                if (asList && current instanceof ListItem) {
                    stack.push(END_OF_ITEM);
                }
                List<Node> kids = new ArrayList<>();
                for (Node c = current.getFirstChild(); c != null; c = c.getNext()) {
                    kids.add(c);
                }
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            } else {
                Block leaf = block(current, 0);
                if (leaf != null) {
                    leaves.add(leaf);
                }
            }
        }
        if (!(node instanceof ListBlock list)) {
            return new Block.BlockQuote(leaves, pos);
        }
        endItem(leaves, items, pos);
        Integer start = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : null;
        return items.isEmpty() ? null
                : new Block.ListBlock(list instanceof OrderedList, start == null ? 1 : start, list.isTight(), items, pos);
    }

    /** Ends the run of leaves gathered so far as one list item (none if the run is empty). */
    private static void endItem(List<Block> leaves, List<Block.ListItem> items, SourcePos pos) {
        if (!leaves.isEmpty()) {
            items.add(new Block.ListItem(List.copyOf(leaves), null, leaves.get(0).pos()));
            leaves.clear();
        }
    }

    private Block table(TableBlock table, SourcePos pos) {
        if (!delimiterRowMatchesHeader(table)) {
            return notATable(table, pos);
        }
        List<Block.Alignment> alignments = new ArrayList<>();
        List<Block.Cell> header = new ArrayList<>();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Block.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tc) {
                        cells.add(new Block.Cell(inlines(tc, 0)));
                        if (section instanceof TableHead) {
                            alignments.add(alignment(tc.getAlignment()));
                        }
                    }
                }
                if (section instanceof TableHead) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        // GFM: a short row is padded with empty cells, a long one is cut to the header's width.
        for (int i = 0; i < rows.size(); i++) {
            List<Block.Cell> row = new ArrayList<>(rows.get(i));
            while (row.size() < header.size()) {
                row.add(new Block.Cell(List.of()));
            }
            rows.set(i, List.copyOf(row.subList(0, header.size())));
        }
        if (header.size() > maxTableColumns) {
            diagnostics.error(pos, "the table has " + header.size() + " columns, more than the limit of "
                    + maxTableColumns + ": split it into narrower tables");
        }
        return new Block.Table(alignments, header, rows, List.of(), false, pos);
    }

    /**
     * GFM: "The header row must match the delimiter row in the number of cells. If not, a table
     * will not be recognized." commonmark-java accepts the table and drops the extra cells.
     */
    private boolean delimiterRowMatchesHeader(TableBlock table) {
        List<SourceSpan> spans = table.getSourceSpans();
        Node head = table.getFirstChild();
        Node headerRow = head == null ? null : head.getFirstChild();
        if (spans == null || spans.size() < 2 || headerRow == null) {
            return true;
        }
        int header = 0;
        for (Node cell = headerRow.getFirstChild(); cell != null; cell = cell.getNext()) {
            header++;
        }
        SourceSpan delimiter = spans.get(1);
        String row = line(delimiter.getLineIndex()).substring(delimiter.getColumnIndex(),
                delimiter.getColumnIndex() + delimiter.getLength()).strip();
        row = row.startsWith("|") ? row.substring(1) : row;
        row = row.endsWith("|") ? row.substring(0, row.length() - 1) : row;
        return row.split("\\|", -1).length == header;
    }

    /** The table's lines read again as GFM reads them when they are no table: usually a paragraph. */
    private Block notATable(TableBlock table, SourcePos pos) {
        List<SourceSpan> spans = table.getSourceSpans();
        int first = spans.get(0).getLineIndex();
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : spans) {
            text.append(line(span.getLineIndex()), span.getColumnIndex(), span.getColumnIndex() + span.getLength())
                    .append('\n');
        }
        MarkdownReader again = new MarkdownReader(diagnostics, lineOffset + first, maxTableColumns, text.toString());
        List<Block> blocks = again.children(WITHOUT_TABLES.parse(text.toString()), 0);
        return blocks.size() == 1 ? blocks.get(0) : new Block.Paragraph(List.of(new Inline.Text(text.toString().strip())), pos);
    }

    private static Block.Alignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return Block.Alignment.NONE;
        }
        return switch (a) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
        };
    }

    private List<Inline> inlines(Node parent, int depth) {
        List<Inline> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, depth, out);
        }
        return mergeText(out);
    }

    private void inline(Node node, int depth, List<Inline> out) {
        if (depth > MAX_DEPTH && node.getFirstChild() != null) {
            if (!inlineDepthWarned) {
                diagnostics.warn(pos(node), "emphasis and links nested deeper than " + MAX_DEPTH
                        + " levels are flattened to plain text");
                inlineDepthWarned = true;
            }
            out.add(new Inline.Text(plainText(node)));
            return;
        }
        if (node instanceof Text t) {
            out.add(new Inline.Text(t.getLiteral()));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(node, depth + 1)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(node, depth + 1)));
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(inlines(node, depth + 1)));
        } else if (node instanceof Code c) {
            out.add(new Inline.Code(c.getLiteral()));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.SoftBreak());
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.HardBreak());
        } else if (node instanceof HtmlInline html) {
            out.add(new Inline.RawHtml(html.getLiteral(), pos(node)));
        } else if (node instanceof Link link) {
            link(link, depth, out);
        } else if (node instanceof Image image) {
            image(image, out);
        } else if (node instanceof FootnoteReference ref) {
            footnoteRef(ref.getLabel().toLowerCase(java.util.Locale.ROOT), ref.getLabel(), ref, out);
        } else if (node instanceof InlineFootnote inlineNote) {
            footnoteRef(inlineNote, "inline-" + (footnoteCalls.size() + 1), inlineNote, out);
        } else if (node instanceof TaskListItemMarker) {
            return;
        } else {
            out.addAll(inlines(node, depth + 1));
        }
    }

    private void link(Link link, int depth, List<Inline> out) {
        List<Inline> content = inlines(link, depth + 1);
        if (plainText(link).isBlank() && !hasImageOrHtml(link)) {
            diagnostics.warn(pos(link), "link to '" + shorten(link.getDestination())
                    + "' has no text: its address is shown as its text (write [text](address) so it says where it goes)");
            content = List.of(new Inline.Text(link.getDestination()));
        }
        if (UrlPolicy.allowed(link.getDestination())) {
            out.add(new Inline.Link(link.getDestination(), link.getTitle(), content, pos(link)));
        } else {
            diagnostics.warn(pos(link), "link to '" + shorten(link.getDestination())
                    + "' is shown as text: only http, https, mailto, tel and relative links are allowed");
            out.addAll(content);
        }
    }

    /** An image, or raw HTML such as an img tag, gives a link its name even without text. */
    private static boolean hasImageOrHtml(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof HtmlInline || hasImageOrHtml(child)) {
                return true;
            }
        }
        return false;
    }

    private void image(Image image, List<Inline> out) {
        String alt = plainText(image);
        if (image.getDestination().isBlank()) {
            diagnostics.warn(pos(image), "image with no file name is shown as its text");
            out.add(new Inline.Text(alt));
        } else if (UrlPolicy.allowed(image.getDestination())) {
            out.add(new Inline.Image(image.getDestination(), image.getTitle(), alt, pos(image)));
        } else {
            diagnostics.warn(pos(image), "image '" + shorten(image.getDestination())
                    + "' is shown as its text: only http, https and relative sources are allowed");
            out.add(new Inline.Text(alt));
        }
    }

    /**
     * Numbers footnotes in order of first reference; {@code key} identifies the definition. The
     * number is taken before the body is read, so footnotes that cite each other end.
     */
    private void footnoteRef(Object key, String label, Node call, List<Inline> out) {
        Inline.FootnoteRef first = footnoteCalls.get(key);
        if (first == null) {
            int number = footnoteCalls.size() + 1;
            first = new Inline.FootnoteRef(label, number, org.handout.model.FootnoteDefinition.callId(number, 1), pos(call));
            footnoteCalls.put(key, first);
            Node body = call instanceof InlineFootnote ? call : footnoteDefinitions.get((String) key);
            List<Block> content = call instanceof InlineFootnote
                    ? List.of(new Block.Paragraph(inlines(call, 1), pos(call)))
                    : body == null ? List.of() : children(body, 1);
            footnotes.add(new org.handout.model.FootnoteDefinition(label, first.number(), content, List.of(),
                    body == null ? pos(call) : pos(body)));
        }
        int nth = callCounts.getOrDefault(key, 0) + 1;
        callCounts.put(key, nth);
        out.add(new Inline.FootnoteRef(first.label(), first.number(),
                org.handout.model.FootnoteDefinition.callId(first.number(), nth), pos(call)));
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    /** The text of a node's descendants, gathered without recursion. */
    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(c);
        }
        while (!stack.isEmpty()) {
            Node current = stack.pop();
            if (current instanceof Text t) {
                out.append(t.getLiteral());
            } else if (current instanceof Code c) {
                out.append(c.getLiteral());
            } else if (current instanceof SoftLineBreak || current instanceof HardLineBreak) {
                out.append(current instanceof SoftLineBreak ? ' ' : '\n');
            }
            for (Node c = current.getLastChild(); c != null; c = c.getPrevious()) {
                stack.push(c);
            }
        }
        return out.toString();
    }

    private static List<Inline> mergeText(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            int last = merged.size() - 1;
            if (inline instanceof Inline.Text t && last >= 0 && merged.get(last) instanceof Inline.Text prev) {
                merged.set(last, new Inline.Text(prev.text() + t.text()));
            } else {
                merged.add(inline);
            }
        }
        return List.copyOf(merged);
    }

    private SourcePos pos(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return node.getParent() == null ? SourcePos.NONE : pos(node.getParent());
        }
        SourceSpan first = spans.get(0);
        return new SourcePos(first.getLineIndex() + 1 + lineOffset, first.getColumnIndex() + 1);
    }
}
