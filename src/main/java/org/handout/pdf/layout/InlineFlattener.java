package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.handout.model.Inline;

/**
 * Turns inline content into styled segments, creating the inline structure elements (Link, Span,
 * Reference) on the way. White space collapses as in HTML, except inside code spans.
 */
final class InlineFlattener implements Inline.Visitor<Void> {
    private final List<Segment> out = new ArrayList<>();
    private final Set<String> calls;
    private final Set<String> missingFiles;
    private final Rgb linkColor;
    private boolean lastWasSpace = true;
    /** How the content being flattened looks and what owns it. */
    private Run run;

    /** The style, owner and link target that content inherits from its ancestors. */
    private record Run(TextStyle style, Tag owner, String uri, String anchor) {
        Run styled(TextStyle newStyle) {
            return new Run(newStyle, owner, uri, anchor);
        }
    }

    private InlineFlattener(Set<String> calls, Set<String> missingFiles, Rgb linkColor) {
        this.calls = calls;
        this.missingFiles = missingFiles;
        this.linkColor = linkColor;
    }

    /** {@code calls} collects the footnote calls already placed, so each gets one back-link target. */
    static List<Segment> flatten(List<Inline> inlines, TextStyle style, Tag owner, Set<String> calls,
            LayoutContext context) {
        InlineFlattener flattener = new InlineFlattener(calls, context.missingFiles(), context.theme().colors().link());
        flattener.add(inlines, new Run(style, owner, null, null));
        return flattener.out;
    }

    private Void add(List<Inline> inlines, Run inner) {
        Run outer = run;
        run = inner;
        for (Inline inline : inlines) {
            inline.accept(this);
        }
        run = outer;
        return null;
    }

    @Override
    public Void text(Inline.Text t) {
        text(collapse(t.text()), run.style());
        return null;
    }

    @Override
    public Void softBreak(Inline.SoftBreak softBreak) {
        text(collapse(" "), run.style());
        return null;
    }

    @Override
    public Void hardBreak(Inline.HardBreak hardBreak) {
        lastWasSpace = true;
        text("\n", run.style());
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis e) {
        return add(e.content(), run.styled(run.style().withItalic()));
    }

    @Override
    public Void strong(Inline.Strong s) {
        return add(s.content(), run.styled(run.style().withBold()));
    }

    @Override
    public Void strikethrough(Inline.Strikethrough s) {
        return add(s.content(), run.styled(run.style().withStrike()));
    }

    @Override
    public Void code(Inline.Code c) {
        lastWasSpace = false;
        text(c.text(), run.style().withMono());
        return null;
    }

    @Override
    public Void image(Inline.Image i) {
        if (!i.decorative()) {
            text("[" + (i.alt() == null ? i.source() : i.alt()) + "]", run.style().withItalic());
        }
        return null;
    }

    /** Raw HTML that the span pairing did not turn into a span is markup: its text is Text of its own. */
    @Override
    public Void rawHtml(Inline.RawHtml html) {
        return null;
    }

    @Override
    public Void span(Inline.Span s) {
        Tag span = new Tag("Span", run.owner()).lang(s.lang());
        return add(s.content(), new Run(run.style(), span, run.uri(), run.anchor()));
    }

    @Override
    public Void superscript(Inline.Superscript sup) {
        return add(sup.content(), run.styled(run.style().superscript()));
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef f) {
        Tag reference = new Tag("Reference", run.owner());
        Tag link = new Tag("Link", reference);
        lastWasSpace = false;
        out.add(new Segment(String.valueOf(f.number()), run.style().superscript(), link, null, "fn-" + f.number(),
                calls.add(f.id()) ? f.id() : null));
        return null;
    }

    /** Like a footnote call: a Reference holding a Link to the entry, and a destination here for its back-link. */
    @Override
    public Void citation(Inline.Citation c) {
        Tag link = new Tag("Link", new Tag("Reference", run.owner()));
        int first = out.size();
        add(c.content(), new Run(run.style().withLink(linkColor), link, null, c.entryId()));
        if (out.size() > first && calls.add(c.id())) {
            Segment s = out.get(first);
            out.set(first, new Segment(s.text(), s.style(), s.owner(), s.uri(), s.anchor(), c.id()));
        }
        return null;
    }

    /** A relative link to a file that is not there is its text alone: the PDF could not follow it anywhere. */
    @Override
    public Void link(Inline.Link l) {
        if (missingFiles.contains(l.destination())) {
            return add(l.content(), run);
        }
        Tag tag = new Tag("Link", run.owner());
        String destination = l.destination();
        TextStyle style = run.style().withLink(linkColor);
        return destination.startsWith("#") ? add(l.content(), new Run(style, tag, null, destination.substring(1)))
                : add(l.content(), new Run(style, tag, destination, null));
    }

    private void text(String text, TextStyle style) {
        if (!text.isEmpty()) {
            out.add(new Segment(text, style, run.owner(), run.uri(), run.anchor()));
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
