package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.handout.model.Inline;

/**
 * Turns inline content into styled segments, creating the inline structure elements (Link, Span,
 * Reference) on the way. White space collapses as in HTML, except inside code spans.
 */
final class InlineFlattener {
    private final List<Segment> out = new ArrayList<>();
    private final Set<String> calls;
    private boolean lastWasSpace = true;

    private InlineFlattener(Set<String> calls) {
        this.calls = calls;
    }

    /** {@code calls} collects the footnote calls already placed, so each gets one back-link target. */
    static List<Segment> flatten(List<Inline> inlines, TextStyle style, Tag owner, Set<String> calls) {
        InlineFlattener flattener = new InlineFlattener(calls);
        flattener.add(inlines, style, owner, null, null);
        return flattener.out;
    }

    private void add(List<Inline> inlines, TextStyle style, Tag owner, String uri, String anchor) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text(collapse(t.text()), style, owner, uri, anchor);
            } else if (inline instanceof Inline.SoftBreak) {
                text(collapse(" "), style, owner, uri, anchor);
            } else if (inline instanceof Inline.HardBreak) {
                lastWasSpace = true;
                text("\n", style, owner, uri, anchor);
            } else if (inline instanceof Inline.Emphasis e) {
                add(e.content(), style.withItalic(), owner, uri, anchor);
            } else if (inline instanceof Inline.Strong s) {
                add(s.content(), style.withBold(), owner, uri, anchor);
            } else if (inline instanceof Inline.Strikethrough s) {
                add(s.content(), style.withStrike(), owner, uri, anchor);
            } else if (inline instanceof Inline.Code c) {
                lastWasSpace = false;
                text(c.text(), style.withMono(), owner, uri, anchor);
            } else if (inline instanceof Inline.Link l) {
                link(l, style, owner);
            } else if (inline instanceof Inline.Image i) {
                if (!i.decorative()) {
                    text("[" + (i.alt() == null ? i.source() : i.alt()) + "]", style.withItalic(), owner, uri, anchor);
                }
            } else if (inline instanceof Inline.Span s) {
                Tag span = new Tag("Span", owner).lang(s.lang());
                add(s.content(), style, span, uri, anchor);
            } else if (inline instanceof Inline.Superscript sup) {
                add(sup.content(), style.superscript(), owner, uri, anchor);
            } else if (inline instanceof Inline.Citation c) {
                citation(c, style, owner);
            } else if (inline instanceof Inline.FootnoteRef f) {
                Tag reference = new Tag("Reference", owner);
                Tag link = new Tag("Link", reference);
                lastWasSpace = false;
                String id = "fnref-" + f.number();
                out.add(new Segment(String.valueOf(f.number()), style.superscript(), link, null, "fn-" + f.number(),
                        calls.add(id) ? id : null));
            }
        }
    }

    /** Like a footnote call: a Reference holding a Link to the entry, and a destination here for its back-link. */
    private void citation(Inline.Citation c, TextStyle style, Tag owner) {
        Tag link = new Tag("Link", new Tag("Reference", owner));
        int first = out.size();
        add(c.content(), style.withLink(Theme.LINK), link, null, c.entryId());
        if (out.size() > first && calls.add(c.id())) {
            Segment s = out.get(first);
            out.set(first, new Segment(s.text(), s.style(), s.owner(), s.uri(), s.anchor(), c.id()));
        }
    }

    private void link(Inline.Link l, TextStyle style, Tag owner) {
        Tag tag = new Tag("Link", owner);
        String destination = l.destination();
        if (destination.startsWith("#")) {
            add(l.content(), style.withLink(Theme.LINK), tag, null, destination.substring(1));
        } else {
            add(l.content(), style.withLink(Theme.LINK), tag, destination, null);
        }
    }

    private void text(String text, TextStyle style, Tag owner, String uri, String anchor) {
        if (!text.isEmpty()) {
            out.add(new Segment(text, style, owner, uri, anchor));
        }
    }

    /** HTML white-space collapsing, continued across segments. */
    private String collapse(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (space) {
                if (!lastWasSpace) {
                    b.append(' ');
                }
                lastWasSpace = true;
            } else {
                b.append(c);
                lastWasSpace = false;
            }
        }
        return b.toString();
    }

}
