package org.handout.citation;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.Inline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns citeproc's HTML output into model inlines: italics, bold and superscript survive, markup does not. */
final class CslHtml {
    private CslHtml() {}

    static List<Inline> inlines(String html) {
        return inlines(Jsoup.parseBodyFragment(html).body());
    }

    /** A bibliography entry's number as the style writes it ("1."), or null for an unnumbered style. */
    static String label(String entryHtml) {
        Element margin = Jsoup.parseBodyFragment(entryHtml).selectFirst(".csl-left-margin");
        return margin == null || margin.text().isBlank() ? null : margin.text().strip();
    }

    /** A bibliography entry's text, without its number. */
    static List<Inline> entry(String entryHtml) {
        Element body = Jsoup.parseBodyFragment(entryHtml).body();
        Element content = body.selectFirst(".csl-right-inline");
        return trim(inlines(content != null ? content : body.selectFirst(".csl-entry")));
    }

    private static List<Inline> inlines(Element element) {
        List<Inline> out = new ArrayList<>();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                out.add(new Inline.Text(text.text()));
            } else if (node instanceof Element child) {
                String style = child.attr("style");
                String tag = child.normalName();
                if (tag.equals("i") || tag.equals("em") || style.contains("italic")) {
                    out.add(new Inline.Emphasis(inlines(child)));
                } else if (tag.equals("b") || tag.equals("strong") || style.contains("bold")) {
                    out.add(new Inline.Strong(inlines(child)));
                } else if (tag.equals("sup")) {
                    out.add(new Inline.Superscript(inlines(child)));
                } else {
                    out.addAll(inlines(child));
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
}
