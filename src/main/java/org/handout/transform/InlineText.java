package org.handout.transform;

import java.util.List;

import org.handout.model.Inline;

/** The plain text of inline content, as a screen reader would speak it. */
public final class InlineText {
    private InlineText() {}

    public static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        append(inlines, out);
        return out.toString();
    }

    private static void append(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.append(t.text());
            } else if (inline instanceof Inline.Code c) {
                out.append(c.text());
            } else if (inline instanceof Inline.Emphasis e) {
                append(e.content(), out);
            } else if (inline instanceof Inline.Strong s) {
                append(s.content(), out);
            } else if (inline instanceof Inline.Strikethrough s) {
                append(s.content(), out);
            } else if (inline instanceof Inline.Link l) {
                append(l.content(), out);
            } else if (inline instanceof Inline.Span s) {
                append(s.content(), out);
            } else if (inline instanceof Inline.Superscript s) {
                append(s.content(), out);
            } else if (inline instanceof Inline.Citation c) {
                append(c.content(), out);
            } else if (inline instanceof Inline.Image i) {
                out.append(i.alt() == null ? "" : i.alt());
            } else if (inline instanceof Inline.SoftBreak || inline instanceof Inline.HardBreak) {
                out.append(' ');
            } else if (inline instanceof Inline.FootnoteRef f) {
                out.append(f.number());
            }
        }
    }
}
