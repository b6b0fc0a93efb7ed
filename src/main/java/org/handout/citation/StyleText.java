package org.handout.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few things {@link CitationStyle} needs straight from a CSL style's text, and edits the
 * citation layout's start tag in place: citeproc parses the style anyway, and parsing it a second
 * time into a DOM, to write it back, cost a tenth of the citation step of a cold render. Comments, CDATA sections and
 * processing instructions are masked before searching, so markup inside them is never taken for tags.
 */
final class StyleText {
    /** Openings of the sections that hold no tags, and their closings. */
    private static final String[][] IGNORED = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}};
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private final String xml;
    /** The text with ignored sections blanked out, offsets unchanged. */
    private final String masked;

    StyleText(String xml) {
        this.xml = xml;
        char[] blank = xml.toCharArray();
        int at = xml.indexOf('<');
        while (at >= 0) {
            int end = at + 1;
            for (String[] section : IGNORED) {
                if (xml.startsWith(section[0], at)) {
                    int close = xml.indexOf(section[1], at + section[0].length());
                    end = close < 0 ? xml.length() : close + section[1].length();
                    Arrays.fill(blank, at, end, ' ');
                    break;
                }
            }
            at = xml.indexOf('<', end);
        }
        this.masked = new String(blank);
    }

    /** A start tag: its name, where it lies in the text and its attributes, decoded, in document order. */
    record Tag(String name, int start, int end, Map<String, String> attributes) {}

    /** The first start tag named {@code name} at or after {@code from}, or null. */
    Tag find(String name, int from) {
        int start = startOf(name, from);
        if (start < 0) {
            return null;
        }
        int nameEnd = start + 1 + name.length();
        int end = TagEnd.of(masked, nameEnd);
        if (end < 0) {
            throw new IllegalArgumentException("a <" + name + "> tag is never closed");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(masked.substring(nameEnd, end));
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            attributes.put(attribute.group(1), decode(value));
        }
        return new Tag(name, start, end + 1, attributes);
    }

    /** Where "&lt;name" begins a tag of exactly that name (not one whose name merely starts so), or -1. */
    private int startOf(String name, int from) {
        String open = "<" + name;
        for (int at = masked.indexOf(open, from); at >= 0; at = masked.indexOf(open, at + 1)) {
            int next = at + open.length();
            if (next < masked.length() && (Character.isWhitespace(masked.charAt(next)) || masked.charAt(next) == '/'
                    || masked.charAt(next) == '>')) {
                return at;
            }
        }
        return -1;
    }

    /** The next start tag of any element at or after {@code from}, or null. */
    Tag next(int from) {
        for (int at = masked.indexOf('<', from); at >= 0; at = masked.indexOf('<', at + 1)) {
            int nameEnd = at + 1;
            while (nameEnd < masked.length() && (Character.isLetterOrDigit(masked.charAt(nameEnd)) || masked.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd > at + 1) {
                return find(masked.substring(at + 1, nameEnd), at);
            }
        }
        return null;
    }

    /** Whether the start tag closes its element itself ({@code <names variable="editor"/>}). */
    boolean empty(Tag tag) {
        return masked.charAt(tag.end() - 2) == '/';
    }

    /** Where the element that {@code tag} starts ends: after its end tag, or after the tag when it is empty. */
    int elementEnd(Tag tag) {
        if (empty(tag)) {
            return tag.end();
        }
        String close = "</" + tag.name() + ">";
        int depth = 1;
        int at = tag.end();
        while (depth > 0) {
            Tag inner = find(tag.name(), at);
            int end = masked.indexOf(close, at);
            if (end < 0) {
                throw new IllegalArgumentException("a <" + tag.name() + "> element is never closed");
            }
            if (inner != null && inner.start() < end) {
                depth += empty(inner) ? 0 : 1;
                at = inner.end();
            } else {
                depth--;
                at = end + close.length();
            }
        }
        return at;
    }

    /** The direct child elements' start tags of the element {@code parent} starts. */
    List<Tag> children(Tag parent) {
        List<Tag> children = new ArrayList<>();
        int end = elementEnd(parent);
        for (Tag child = next(parent.end()); child != null && child.start() < end; child = next(elementEnd(child))) {
            children.add(child);
        }
        return children;
    }

    /** A start tag with these attributes, empty (self-closing) or not. */
    static String startTag(String name, Map<String, String> attributes, boolean empty) {
        StringBuilder tag = new StringBuilder("<").append(name);
        attributes.forEach((attribute, value) -> tag.append(' ').append(attribute).append("=\"").append(escape(value)).append('"'));
        return tag.append(empty ? "/>" : ">").toString();
    }

    /** Whether any start tag named {@code name} has {@code attribute} equal to {@code value}. */
    boolean any(String name, String attribute, String value) {
        for (Tag tag = find(name, 0); tag != null; tag = find(name, tag.end())) {
            if (value.equals(tag.attributes().get(attribute))) {
                return true;
            }
        }
        return false;
    }

    /** The text with {@code tag} written again without the named attributes; the rest is untouched. */
    String without(Tag tag, Set<String> names) {
        Map<String, String> kept = new LinkedHashMap<>(tag.attributes());
        kept.keySet().removeAll(names);
        return xml.substring(0, tag.start()) + startTag(tag.name(), kept, empty(tag)) + xml.substring(tag.end());
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An attribute value as a parser reads it: literal white space becomes a space, then references are resolved. */
    private static String decode(String raw) {
        return CharacterReferences.resolve(raw.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
}
