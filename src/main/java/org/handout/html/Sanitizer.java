package org.handout.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list for raw HTML in a source. Only a few phrasing elements and details/summary
 * survive; everything else is removed with a warning that names it. Text inside removed elements
 * is kept (as text), except script and style bodies, which jsoup's cleaner never copies.
 */
final class Sanitizer {
    static final Set<String> VOID = Set.of("br");
    private static final Set<String> BLOCK_ONLY = Set.of("details", "summary", "p", "div");
    private static final Safelist SAFELIST = new HandoutSafelist();
    private static final Pattern OPEN_TAG = Pattern.compile("^<([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern CLOSE_TAG = Pattern.compile("^</([A-Za-z][A-Za-z0-9-]*)\\s*>$");

    private Sanitizer() {}

    /**
     * A cleaned raw HTML block. {@code opens} names the element it leaves open when its source
     * opens a details or div element that a later block closes (CommonMark cuts such an element
     * into several blocks around the Markdown inside it), else null.
     */
    record Cleaned(String html, String opens) {}

    private static final List<String> SPANNING = List.of("details", "div");

    /** Cleans a raw HTML block as one fragment; bare text is a paragraph of its own. */
    static Cleaned block(String html, SourcePos pos, Diagnostics diagnostics) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Set<String> removed = new LinkedHashSet<>();
        for (Element element : dirty.body().getAllElements()) {
            if (element == dirty.body()) {
                continue;
            }
            removed.addAll(unsafeParts(element));
        }
        report(removed, pos, diagnostics);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        String out = clean.body().html();
        if (!clean.body().text().isBlank() && clean.body().children().stream().noneMatch(e -> BLOCKS.contains(e.normalName()))) {
            out = "<p>" + out + "</p>";
        }
        String lower = html.toLowerCase(Locale.ROOT);
        for (String element : SPANNING) {
            String end = "</" + element + ">";
            if (count(lower, "<" + element) > count(lower, "</" + element) && out.endsWith(end)) {
                return new Cleaned(out.substring(0, out.length() - end.length()), element);
            }
        }
        return new Cleaned(out, null);
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "details");

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /**
     * One inline open tag, as CommonMark splits them: the allowed element it becomes, or null.
     * Comments vanish silently; details and summary are block-only, so never kept here.
     */
    static Element openTag(String tag, SourcePos pos, Diagnostics diagnostics) {
        Matcher name = OPEN_TAG.matcher(tag);
        if (!name.find()) {
            if (!tag.startsWith("<!--")) {
                report(Set.of(kind(tag)), pos, diagnostics);
            }
            return null;
        }
        String tagName = name.group(1).toLowerCase(Locale.ROOT);
        if (!SAFELIST.isSafeTag(tagName) || BLOCK_ONLY.contains(tagName)) {
            report(Set.of("<" + tagName + ">"), pos, diagnostics);
            return null;
        }
        Element parsed = Jsoup.parseBodyFragment(tag).body().child(0);
        report(unsafeParts(parsed), pos, diagnostics);
        Element clean = new Element(tagName);
        for (Attribute attribute : parsed.attributes()) {
            if (SAFELIST.isSafeAttribute(tagName, parsed, attribute)) {
                clean.attr(attribute.getKey(), attribute.getValue());
            }
        }
        return clean;
    }

    /** The lower-case element name a closing tag such as "</span>" closes, or null. */
    static String closeTag(String tag) {
        Matcher m = CLOSE_TAG.matcher(tag);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String kind(String tag) {
        if (tag.startsWith("<?")) {
            return "processing instruction";
        }
        return tag.startsWith("<![CDATA[") ? "CDATA section" : "declaration";
    }

    private static List<String> unsafeParts(Element element) {
        List<String> parts = new ArrayList<>();
        if (!SAFELIST.isSafeTag(element.normalName())) {
            parts.add("<" + element.normalName() + ">");
            return parts;
        }
        for (Attribute attribute : element.attributes()) {
            if (!SAFELIST.isSafeAttribute(element.normalName(), element, attribute)) {
                parts.add(attribute.getKey() + " attribute on <" + element.normalName() + ">");
            }
        }
        return parts;
    }

    private static void report(Collection<String> removed, SourcePos pos, Diagnostics diagnostics) {
        if (!removed.isEmpty()) {
            diagnostics.warn(pos, "raw HTML removed: " + String.join(", ", removed)
                    + " (only abbr, kbd, sub, sup, mark, br, span, p, div, details and summary are kept)");
        }
    }

    /** jsoup's allow-list, with lang and dir values checked so the page stays valid HTML. */
    private static final class HandoutSafelist extends Safelist {
        private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

        HandoutSafelist() {
            addTags("abbr", "kbd", "sub", "sup", "mark", "br", "span", "details", "summary", "p", "div");
            addAttributes("abbr", "title");
            addAttributes("span", "lang", "dir");
            addAttributes("p", "lang", "dir");
            addAttributes("div", "lang", "dir");
            addAttributes("details", "open");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (!super.isSafeAttribute(tagName, element, attribute)) {
                return false;
            }
            String value = attribute.getValue();
            return switch (attribute.getKey()) {
                case "lang" -> LANG.matcher(value).matches();
                case "dir" -> value.equals("ltr") || value.equals("rtl") || value.equals("auto");
                case "open" -> value.isEmpty();
                default -> true;
            };
        }
    }
}
