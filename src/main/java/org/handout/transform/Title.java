package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.InlineText;
import org.handout.model.Block;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.model.SourcePos;
import org.handout.model.UnicodeForms;

/**
 * The document has one title, shown once as its top heading. Without a front-matter title, the
 * first level-1 heading becomes the title (else the first heading of any level, with a warning) and
 * leaves the body. With one, a first heading that repeats it leaves the body too, as the title block
 * already says it; links to that heading then go to the title.
 */
public final class Title {
    private Title() {}

    public static Document apply(Document document, Diagnostics diagnostics) {
        String title = document.meta().title();
        List<Block> body = new ArrayList<>(document.body());
        if (title != null) {
            int first = firstHeading(body, 6);
            if (first >= 0 && same(text(body.get(first)), title)) {
                String slug = Headings.slug(text(body.remove(first)));
                return toTitle(document.withBody(body), slug);
            }
            return document;
        }
        int index = firstHeading(body, 1);
        if (index < 0) {
            index = firstHeading(body, 6);
            if (index >= 0) {
                diagnostics.warn(body.get(index).pos(), "no title and no level-1 heading: the title is the first heading, '"
                        + text(body.get(index)) + "'");
            }
        }
        if (index >= 0) {
            String text = text(body.remove(index));
            return toTitle(document.withMeta(document.meta().withTitle(text)).withBody(body), Headings.slug(text));
        }
        String name = document.sourceName().replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        diagnostics.warn(SourcePos.line(1), "no title and no heading: the title is the file name '" + name + "'");
        return document.withMeta(document.meta().withTitle(name));
    }

    /** The first heading with words, at {@code maxLevel} or above; -1 if none. */
    private static int firstHeading(List<Block> body, int maxLevel) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h && h.level() <= maxLevel && !text(h).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Block heading) {
        return InlineText.of(((Block.Heading) heading).content()).strip();
    }

    /** The same words, whatever the case, spacing, soft hyphens or Unicode normal form. */
    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return InlineText.label(UnicodeForms.nfc(s)).toLowerCase(Locale.ROOT);
    }

    /** Links to the heading that became the title now go to the title. */
    private static Document toTitle(Document document, String slug) {
        InlineRewrite links = new InlineRewrite() {
            @Override
            public List<Inline> link(Inline.Link link) {
                boolean toHeading = link.destination().startsWith("#") && Headings.fragment(link.destination()).equals("#" + slug);
                String destination = toHeading ? "#title" : link.destination();
                return List.of(new Inline.Link(destination, link.title(), rewrite(link.content()), link.pos()));
            }
        };
        return BlockRewrite.ofInlines(links).document(document);
    }
}
