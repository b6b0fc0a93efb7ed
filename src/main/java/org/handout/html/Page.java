package org.handout.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Author;
import org.handout.model.Disclaimer;
import org.handout.model.Document;
import org.handout.model.ImageFile;
import org.handout.model.Metadata;
import org.handout.theme.HouseStyle;

/**
 * The whole page: skip link, title block (banner), main, footer (contentinfo). Main opens with the
 * disclaimer, so nothing comes between the title and the warning, and the skip link (to main)
 * lands on it: page and PDF read title, disclaimer, body. The landmarks are few on purpose:
 * banner, main, the disclaimer, the references, the notes and contentinfo; ordinary sections
 * and table scroll boxes are not landmarks.
 */
final class Page {
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb");

    private final Document document;
    private final HouseStyle house;
    private final Context context;
    private final String lang;

    private Page(Document document, HouseStyle house, Diagnostics diagnostics) {
        this.document = document;
        this.house = house;
        this.lang = document.meta().lang();
        this.context = Context.page(diagnostics, document.images(), lang, document.meta().labels());
    }

    static String write(Document document, HouseStyle house, Diagnostics diagnostics) {
        if (document.disclaimer() == null) {
            throw new IllegalArgumentException("the document has no disclaimer: run the transforms first");
        }
        return new Page(document, house, diagnostics).html();
    }

    private String html() {
        Metadata meta = document.meta();
        StringBuilder out = new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"").append(Escape.html(lang))
                .append("\" dir=\"").append(direction(lang)).append("\">\n");
        Head.render(meta, lang, JsonLd.citations(document.body()), house, out);
        out.append("<body>\n<a class=\"skip\" href=\"#main\">").append(context.label("skip")).append("</a>\n");
        titleBlock(meta, out);
        BlockRenderer blocks = new BlockRenderer(context, out);
        out.append("<main id=\"main\" tabindex=\"-1\">\n");
        disclaimer(document.disclaimer(), out);
        blocks.render(document.body());
        Footnotes.render(document.footnotes(), context, blocks, out);
        out.append("</main>\n");
        footer(meta, out);
        return out.append("</body>\n</html>\n").toString();
    }

    private static String direction(String tag) {
        return RIGHT_TO_LEFT.contains(primary(tag)) ? "rtl" : "ltr";
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    private void titleBlock(Metadata meta, StringBuilder out) {
        out.append("<header class=\"title-block\">\n");
        publisher(out);
        out.append("<h1 id=\"title\">").append(Escape.html(meta.title())).append("</h1>\n");
        if (meta.subtitle() != null) {
            out.append("<p class=\"subtitle\">").append(Escape.html(meta.subtitle())).append("</p>\n");
        }
        if (meta.authors() != null && !meta.authors().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Author author : meta.authors()) {
                names.add(Escape.html(author.byline()));
            }
            out.append("<p class=\"byline\">").append(context.label("by")).append(' ')
                    .append(String.join("; ", names)).append("</p>\n");
        }
        String dates = dates(meta);
        if (!dates.isEmpty()) {
            out.append("<p class=\"dates\">").append(dates).append("</p>\n");
        }
        out.append("</header>\n");
    }

    /** The house style's logo and name, above the title: the logo with its alt, or alt="" when it is decorative. */
    private void publisher(StringBuilder out) {
        if (house == null || house.name() == null && house.logo() == null) {
            return;
        }
        out.append("<p class=\"publisher\">");
        if (house.logo() != null) {
            ImageFile image = house.logo().image();
            out.append("<img src=\"").append(InlineRenderer.dataUrl(image)).append("\" alt=\"")
                    .append(house.logo().decorative() ? "" : Escape.html(house.logo().alt())).append("\" width=\"")
                    .append(image.width()).append("\" height=\"").append(image.height()).append("\">");
        }
        if (house.name() != null) {
            out.append("<span>").append(Escape.html(house.name())).append("</span>");
        }
        out.append("</p>\n");
    }

    private String dates(Metadata meta) {
        List<String> parts = new ArrayList<>();
        if (meta.date() != null) {
            parts.add(context.label("published") + " " + Escape.html(meta.date()));
        }
        if (meta.reviewed() != null) {
            parts.add(context.label("reviewed") + " " + Escape.html(meta.reviewed()));
        }
        if (meta.reviewer() != null) {
            parts.add(context.label("reviewedBy") + " " + Escape.html(meta.reviewer()));
        }
        return String.join(" · ", parts);
    }

    /**
     * A region landmark named by its heading, marked with its own language when its words are not
     * in the document's language.
     */
    private void disclaimer(Disclaimer disclaimer, StringBuilder out) {
        boolean ownLanguage = !primary(disclaimer.lang()).equals(primary(lang));
        out.append("<section id=\"disclaimer\" class=\"disclaimer\" aria-labelledby=\"disclaimer-heading\"");
        if (ownLanguage) {
            out.append(" lang=\"").append(Escape.html(disclaimer.lang())).append("\" dir=\"")
                    .append(direction(disclaimer.lang())).append('"');
        }
        out.append(">\n<h2 id=\"disclaimer-heading\"");
        String headingLang = context.labels.langOf("disclaimer.heading");
        if (!primary(ownLanguage ? disclaimer.lang() : lang).equals(primary(headingLang))) {
            out.append(" lang=\"").append(Escape.html(headingLang)).append('"');
        }
        out.append('>').append(Escape.html(disclaimer.heading())).append("</h2>\n");
        new BlockRenderer(context, out).render(disclaimer.content());
        out.append("</section>\n");
    }

    private void footer(Metadata meta, StringBuilder out) {
        out.append("<footer>\n<p class=\"reminder\"><a href=\"#disclaimer\"");
        String linkLang = context.labels.langOf("disclaimer.link");
        if (!primary(lang).equals(primary(linkLang))) {
            out.append(context.labelLanguage(linkLang));
        }
        out.append('>').append(Escape.html(context.labels.get("disclaimer.link"))).append("</a></p>\n<p>")
                .append(Escape.html(meta.title()));
        String dates = dates(meta);
        if (!dates.isEmpty()) {
            out.append(" · ").append(dates);
        }
        out.append("</p>\n");
        if (meta.rights() != null) {
            out.append("<p>").append(Escape.html(meta.rights())).append("</p>\n");
        }
        if (house != null && house.footer() != null) {
            out.append("<p class=\"house-footer\">").append(Escape.html(house.footer())).append("</p>\n");
        }
        out.append("<p class=\"source\">").append(Escape.html(fileName(document.sourceName()))).append("</p>\n</footer>\n");
    }

    private static String fileName(String sourceName) {
        return sourceName.replaceAll("^.*[/\\\\]", "");
    }
}
