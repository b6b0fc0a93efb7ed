package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A rewrite of inline content in which each node becomes a list of nodes (so that text can be split
 * into spans, citations or links). By default containers are rebuilt around their rewritten
 * content and leaves are kept as they are; a subclass overrides the nodes it changes. Every inline
 * type has its rule here, so a new type is handled once, in this class, for every rewrite.
 */
public abstract class InlineRewrite implements Inline.Visitor<List<Inline>> {

    public List<Inline> rewrite(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            out.addAll(inline.accept(this));
        }
        return out;
    }

    @Override
    public List<Inline> text(Inline.Text text) {
        return List.of(text);
    }

    @Override
    public List<Inline> emphasis(Inline.Emphasis emphasis) {
        return List.of(new Inline.Emphasis(rewrite(emphasis.content())));
    }

    @Override
    public List<Inline> strong(Inline.Strong strong) {
        return List.of(new Inline.Strong(rewrite(strong.content())));
    }

    @Override
    public List<Inline> strikethrough(Inline.Strikethrough strikethrough) {
        return List.of(new Inline.Strikethrough(rewrite(strikethrough.content())));
    }

    @Override
    public List<Inline> code(Inline.Code code) {
        return List.of(code);
    }

    @Override
    public List<Inline> softBreak(Inline.SoftBreak softBreak) {
        return List.of(softBreak);
    }

    @Override
    public List<Inline> hardBreak(Inline.HardBreak hardBreak) {
        return List.of(hardBreak);
    }

    @Override
    public List<Inline> link(Inline.Link link) {
        return List.of(new Inline.Link(link.destination(), link.title(), rewrite(link.content()), link.pos()));
    }

    @Override
    public List<Inline> image(Inline.Image image) {
        return List.of(image);
    }

    @Override
    public List<Inline> rawHtml(Inline.RawHtml html) {
        return List.of(html);
    }

    @Override
    public List<Inline> footnoteRef(Inline.FootnoteRef ref) {
        return List.of(ref);
    }

    @Override
    public List<Inline> superscript(Inline.Superscript superscript) {
        return List.of(new Inline.Superscript(rewrite(superscript.content())));
    }

    @Override
    public List<Inline> citation(Inline.Citation citation) {
        return List.of(new Inline.Citation(citation.entryId(), citation.id(), rewrite(citation.content())));
    }

    @Override
    public List<Inline> span(Inline.Span span) {
        return List.of(new Inline.Span(span.lang(), span.direction(), rewrite(span.content())));
    }
}
