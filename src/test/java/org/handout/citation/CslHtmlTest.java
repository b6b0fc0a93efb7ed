package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.handout.model.Inline;
import org.junit.jupiter.api.Test;

/** citeproc's HTML (escaped by MinimalHtmlFormat), read into inlines: formatting kept, entities decoded, white space as jsoup reads it. */
class CslHtmlTest {
    private static final String NUMBERED = "  <div class=\"csl-entry\">\n    <div class=\"csl-left-margin\">12.</div>"
            + "<div class=\"csl-right-inline\">Serefko A, Szopa A. Magnesium in depression. "
            + "<span style=\"font-style: italic\">Pharmacol Rep</span>. 2013;65(3):547\u2013554. "
            + "doi:<a href=\"https://doi.org/10.1/x?a=1&amp;b=2\">10.1/x</a> </div>\n  </div>\n";

    @Test
    void numberedEntryGivesItsLabelAndFormattedText() {
        assertEquals("12.", CslHtml.entry(NUMBERED).label());
        assertEquals(List.of(new Inline.Text("Serefko A, Szopa A. Magnesium in depression. "),
                new Inline.Emphasis(List.of(new Inline.Text("Pharmacol Rep"))),
                new Inline.Text(". 2013;65(3):547\u2013554. doi:"), new Inline.Text("10.1/x")),
                CslHtml.entry(NUMBERED).content());
    }

    @Test
    void unnumberedEntryIsTrimmedAndHasNoLabel() {
        String html = "<div class=\"csl-entry\"> Smith\u00a0&#160;J. <span style=\"font-weight: bold\">Bold</span>"
                + " caf\u00e9 x\u00ady &lt;i&gt; &amp;c &unknown; </div>";
        assertNull(CslHtml.entry(html).label());
        assertEquals(List.of(new Inline.Text("Smith J. "), new Inline.Strong(List.of(new Inline.Text("Bold"))),
                new Inline.Text(" café xy <i> &c &unknown;")), CslHtml.entry(html).content());
    }

    @Test
    void theFormatEscapesOnlyMarkup() {
        assertEquals("caf\u00e9 &amp; &lt;b&gt; \"q\"", new MinimalHtmlFormat().escape("caf\u00e9 & <b> \"q\""));
        assertEquals("plain", new MinimalHtmlFormat().escape("plain"));
    }

    @Test
    void citationKeepsSuperscriptAndNesting() {
        assertEquals(List.of(new Inline.Superscript(List.of(new Inline.Text("1, "),
                new Inline.Emphasis(List.of(new Inline.Text("ibid"))))), new Inline.Text(" p. 3")),
                CslHtml.inlines("<sup>1, <span style=\"font-style: italic\">ibid</sup> p. 3"));
    }
}
