package org.handout.html;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Normalises HTML for comparison with the spec: both sides go through jsoup, whitespace is
 * collapsed (except in pre) and trimmed next to block boundaries, and only what the writer adds
 * on purpose is undone: heading and header-cell ids, scope, the table scroll region, the label
 * around a task's checkbox, the class of links that show their own address, and alignment
 * classes (the spec's obsolete align attribute).
 */
final class SpecHtml {
    private SpecHtml() {}

    static String normalise(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Element body = doc.body();
        body.select("h1, h2, h3, h4, h5, h6, th").removeAttr("id");
        body.select("th").removeAttr("scope");
        body.select("div.table-wrap, li.task label").unwrap();
        body.select("li.task, a.url").removeAttr("class");
        for (String align : List.of("left", "center", "right")) {
            body.select(".align-" + align).removeAttr("class").attr("align", align);
        }
        whitespace(body);
        doc.outputSettings().prettyPrint(false);
        return body.html();
    }

    private static void whitespace(Element element) {
        if (element.normalName().equals("pre")) {
            return;
        }
        for (Node child : List.copyOf(element.childNodes())) {
            if (child instanceof TextNode text) {
                String collapsed = text.getWholeText().replaceAll("\\s+", " ");
                if (atBlockEdge(text.previousSibling(), element)) {
                    collapsed = collapsed.stripLeading();
                }
                if (atBlockEdge(text.nextSibling(), element)) {
                    collapsed = collapsed.stripTrailing();
                }
                if (collapsed.isEmpty()) {
                    text.remove();
                } else {
                    text.text(collapsed);
                }
            } else if (child instanceof Element e) {
                whitespace(e);
            }
        }
    }

    private static boolean atBlockEdge(Node sibling, Element parent) {
        if (sibling == null) {
            return parent.isBlock() || parent.normalName().equals("li");
        }
        return sibling instanceof Element e && (e.isBlock() || e.normalName().equals("br"));
    }
}
