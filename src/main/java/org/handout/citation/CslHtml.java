package org.handout.citation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.handout.model.Inline;

/**
 * Turns citeproc's HTML output into model inlines: italics, bold and superscript survive, markup
 * does not. citeproc writes a small, fixed vocabulary (div, span with a style, sup, sub, a), and
 * {@link MinimalHtmlFormat} escapes only &amp;, &lt; and &gt;, so this reads it directly: a general HTML parser's
 * first use cost about 50 ms of a cold start. Text is read as jsoup's TextNode.text() reads it
 * (runs of white space, no-break space included, become one space; zero-width and soft hyphens go).
 */
final class CslHtml {
    private CslHtml() {}

    /** An element of citeproc's output: its tag name, class, style and children (Node or String). */
    private record Node(String tag, String cssClass, String style, List<Object> children) {}

    static List<Inline> inlines(String html) {
        return inlines(parse(html));
    }

    /** A bibliography entry: its number as the style writes it ("1.", or null when unnumbered) and its text. */
    record Entry(String label, List<Inline> content) {}

    /** Reads one bibliography entry, parsed once for both its number and its text. */
    static Entry entry(String entryHtml) {
        Node root = parse(entryHtml);
        Node margin = find(root, "csl-left-margin");
        String label = margin == null ? null : text(margin).strip();
        Node content = find(root, "csl-right-inline");
        return new Entry(label == null || label.isEmpty() ? null : label,
                trim(inlines(content != null ? content : find(root, "csl-entry"))));
    }

    private static List<Inline> inlines(Node element) {
        List<Inline> out = new ArrayList<>();
        for (Object child : element.children()) {
            if (child instanceof String text) {
                out.add(new Inline.Text(text));
            } else {
                Node node = (Node) child;
                if (node.tag().equals("i") || node.tag().equals("em") || node.style().contains("italic")) {
                    out.add(new Inline.Emphasis(inlines(node)));
                } else if (node.tag().equals("b") || node.tag().equals("strong") || node.style().contains("bold")) {
                    out.add(new Inline.Strong(inlines(node)));
                } else if (node.tag().equals("sup")) {
                    out.add(new Inline.Superscript(inlines(node)));
                } else {
                    out.addAll(inlines(node));
                }
            }
        }
        return out;
    }

    private static List<Inline> trim(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Inline.Text t) {
            out.set(last, new Inline.Text(t.text().stripTrailing()));
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            out.set(0, new Inline.Text(t.text().stripLeading()));
        }
        out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return out;
    }

    /** The first element, depth first, with this class; or null. */
    private static Node find(Node node, String cssClass) {
        if (node.cssClass().equals(cssClass)) {
            return node;
        }
        for (Object child : node.children()) {
            if (child instanceof Node element) {
                Node found = find(element, cssClass);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The element's text, as jsoup's Element.text(): text nodes joined, white space normalised, trimmed. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return normalise(out.toString()).strip();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Object child : node.children()) {
            if (child instanceof String text) {
                out.append(text);
            } else {
                appendText((Node) child, out);
            }
        }
    }

    /** Builds the element tree; an end tag closes the nearest open element of its name and any inside it. */
    private static Node parse(String html) {
        Node root = new Node("", "", "", new ArrayList<>());
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? html.length() : lt;
            if (end > i) {
                String text = normalise(CharacterReferences.resolve(html.substring(i, end)));
                if (!text.isEmpty()) {
                    open.peek().children().add(text);
                }
            }
            if (lt < 0) {
                break;
            }
            int closing = TagEnd.of(html, lt + 1);
            int gt = closing < 0 ? html.length() - 1 : closing;
            String tag = html.substring(lt + 1, gt);
            if (tag.startsWith("/")) {
                close(open, name(tag.substring(1)));
            } else {
                Node element = new Node(name(tag), attribute(tag, "class"), attribute(tag, "style"), new ArrayList<>());
                open.peek().children().add(element);
                if (!tag.endsWith("/")) {
                    open.push(element);
                }
            }
            i = gt + 1;
        }
        return root;
    }

    private static String name(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '/') {
            end++;
        }
        return tag.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String attribute(String tag, String name) {
        int at = tag.indexOf(" " + name + "=\"");
        if (at < 0) {
            return "";
        }
        int start = at + name.length() + 3;
        int end = tag.indexOf('"', start);
        return CharacterReferences.resolve(tag.substring(start, end < 0 ? tag.length() : end));
    }

    private static void close(Deque<Node> open, String name) {
        for (Node node : open) {
            if (!name.isEmpty() && node.tag().equals(name)) {
                Node closed;
                do {
                    closed = open.pop();
                } while (closed != node);
                return;
            }
        }
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lastWasWhite = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (!lastWasWhite) {
                    out.append(' ');
                }
                lastWasWhite = true;
            } else if (c != '\u200b' && c != '\u00ad' && c != ItemFixes.FILLER) {
                out.append(c);
                lastWasWhite = false;
            }
        }
        return out.toString();
    }
}
