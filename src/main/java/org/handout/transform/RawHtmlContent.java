package org.handout.transform;

import java.util.List;
import java.util.regex.Pattern;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.model.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What raw HTML inside a paragraph says, decided once for both outputs. A raw {@code <img>} is never
 * loaded (only Markdown images are checked and embedded), but its text alternative is the author's
 * words: it stays, as visible text in brackets, with a warning; an image without alt text is left
 * to the writers' sanitizers, which remove it and say so. A {@code <script>} or {@code <style>}
 * element's body is code, not words: CommonMark hands it over as text between two raw tags, and it
 * goes with them.
 */
public final class RawHtmlContent extends BlockRewrite {
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b");
    private static final Pattern CODE_OPEN = Pattern.compile("(?i)<(script|style)\\b.*", Pattern.DOTALL);

    private final Diagnostics diagnostics;

    private RawHtmlContent(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static Document apply(Document document, Diagnostics diagnostics) {
        return new RawHtmlContent(diagnostics).document(document);
    }

    @Override
    protected List<Inline> inlines(List<Inline> inlines, SourcePos pos) {
        return new InlineRewrite() {
            @Override
            public List<Inline> rewrite(List<Inline> inlines) {
                return super.rewrite(withoutCode(inlines));
            }

            @Override
            public List<Inline> rawHtml(Inline.RawHtml html) {
                String alt = IMG.matcher(html.html()).lookingAt() ? altOf(html.html()) : null;
                if (alt == null) {
                    return List.of(html);
                }
                warn(html.pos(), alt);
                return List.of(new Inline.Text(shown(alt)));
            }
        }.rewrite(inlines);
    }

    /** The inlines without script and style elements, from the open tag to the matching close tag. */
    private List<Inline> withoutCode(List<Inline> inlines) {
        List<Inline> out = new java.util.ArrayList<>(inlines.size());
        for (int i = 0; i < inlines.size(); i++) {
            java.util.regex.Matcher open = inlines.get(i) instanceof Inline.RawHtml h ? CODE_OPEN.matcher(h.html()) : null;
            int close = open != null && open.matches() ? closing(inlines, i + 1, open.group(1)) : -1;
            if (close < 0) {
                out.add(inlines.get(i));
                continue;
            }
            diagnostics.warn(((Inline.RawHtml) inlines.get(i)).pos(), "raw HTML removed: <"
                    + open.group(1).toLowerCase(java.util.Locale.ROOT) + "> and the code it holds");
            i = close;
        }
        return out;
    }

    private static int closing(List<Inline> inlines, int from, String name) {
        for (int j = from; j < inlines.size(); j++) {
            if (inlines.get(j) instanceof Inline.RawHtml h && h.html().strip().equalsIgnoreCase("</" + name + ">")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Elements whose content a browser reads as raw text: an unclosed {@code <textarea>} would turn
     * the rest of the block, markup and all, into one text. GitHub's tag filter neutralises them too.
     */
    private static final Pattern RAW_TEXT_TAG = Pattern.compile(
            "(?i)</?(xmp|textarea|title|iframe|noembed|noframes|plaintext|noscript)\\b[^>]*>");

    @Override
    public Block rawHtml(Block.RawHtml raw) {
        Block.RawHtml html = withoutRawTextTags(raw);
        if (!IMG.matcher(html.html()).find()) {
            return html;
        }
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html.html());
        boolean changed = false;
        for (Element img : fragment.body().select("img[alt]")) {
            String alt = img.attr("alt").strip();
            if (!alt.isEmpty()) {
                warn(html.pos(), alt);
                img.replaceWith(new TextNode(shown(alt)));
                changed = true;
            }
        }
        fragment.outputSettings().prettyPrint(false);
        return changed ? new Block.RawHtml(fragment.body().html(), html.pos()) : html;
    }

    /** The block with its raw-text elements' tags removed and their content kept as text, with a warning. */
    private Block.RawHtml withoutRawTextTags(Block.RawHtml html) {
        java.util.regex.Matcher tag = RAW_TEXT_TAG.matcher(html.html());
        if (!tag.find()) {
            return html;
        }
        diagnostics.warn(html.pos(), "raw HTML removed: <" + tag.group(1).toLowerCase(java.util.Locale.ROOT)
                + "> (its text is kept)");
        return new Block.RawHtml(tag.replaceAll(" "), html.pos());
    }

    private static String altOf(String tag) {
        Element img = Jsoup.parseBodyFragment(tag).body().selectFirst("img[alt]");
        String alt = img == null ? "" : img.attr("alt").strip();
        return alt.isEmpty() ? null : alt;
    }

    private static String shown(String alt) {
        return "[" + alt + "]";
    }

    private void warn(SourcePos pos, String alt) {
        diagnostics.warn(pos, "raw HTML <img> is not loaded (only Markdown images are): its alt text '" + alt
                + "' is shown instead");
    }
}
