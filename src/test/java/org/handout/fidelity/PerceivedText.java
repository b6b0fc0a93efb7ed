package org.handout.fidelity;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The text of HTML as a screen reader meets it: an image is its alt text, content hidden from
 * assistive technology is skipped, script and style bodies are never text (jsoup's text() leaves
 * them out), and block elements are kept apart.
 */
final class PerceivedText {
    private PerceivedText() {}

    static String of(Element element) {
        Element copy = element.clone();
        copy.select("[aria-hidden=true], template, noscript").remove();
        // jsoup counts del and ins as blocks (they may hold blocks) and would split "H<del>2</del>O" into words.
        copy.select("del, ins").tagName("span");
        // and a summary as inline, where a browser shows (and a reader announces) it apart from what it opens.
        copy.select("summary").after(" ");
        for (Element img : copy.select("img")) {
            img.replaceWith(new TextNode(" " + img.attr("alt") + " "));
        }
        return copy.text();
    }
}
