package org.handout.html;

import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.theme.HouseStyle;

/** Writes one self-contained, accessible HTML5 page. A pure function of the model and the house style. */
public final class HtmlWriter {
    private HtmlWriter() {}

    /** {@code house} is the house style, or null for the renderer's own look. */
    public static String write(Document document, HouseStyle house, Diagnostics diagnostics) {
        return Page.write(document, house, diagnostics);
    }

    /**
     * The page's style sheets as Content-Security-Policy sources, {@code 'sha256-…'}: ours, and the house style's
     * when {@code house} is not null. A page shown in a srcdoc frame also lives under the policy of the page that
     * embeds it, which must therefore allow these, and data: fonts where {@link #embedsFonts} says so.
     */
    public static String styleSources(HouseStyle house) {
        return house == null ? Head.STYLE_SOURCE : Head.STYLE_SOURCE + " " + Head.source(ThemeStyle.css(house));
    }

    /** Whether the page embeds fonts (a house style's) as data: URLs. */
    public static boolean embedsFonts(HouseStyle house) {
        return house != null && ThemeStyle.hasFonts(house);
    }

    /** The Content-Security-Policy source that allows an inline style or script: {@code 'sha256-…'}. */
    public static String policySource(String inline) {
        return Head.source(inline);
    }

    /**
     * Blocks alone, in the CommonMark reference shape (images keep their addresses), so that the
     * spec examples can be compared. Not a page: never serve this on its own.
     */
    public static String fragment(List<Block> blocks, Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        new BlockRenderer(Context.reference(diagnostics), out).render(blocks);
        return out.toString();
    }
}
