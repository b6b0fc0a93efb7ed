package org.handout.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.Diagnostics;
import org.handout.source.MarkdownReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML in a source: the allow-list keeps a few harmless elements and reports the rest by file and line. */
class SanitizerTest {
    private static final String FILE = "leaflet.md";

    private record Output(String html, List<Diagnostic> warnings) {
        Element body() {
            return Jsoup.parseBodyFragment(html).body();
        }

        String formattedWarnings() {
            return String.join("\n", warnings.stream().map(Diagnostic::format).toList());
        }
    }

    /** Renders Markdown whose line 3 holds the raw HTML, so every warning must point at line 3. */
    private static Output render(String rawHtmlLine) {
        Diagnostics diagnostics = new Diagnostics(FILE);
        String markdown = "Intro paragraph.\n\n" + rawHtmlLine + "\n\nAfter.\n";
        String html = HtmlWriter.fragment(MarkdownReader.readFragment(markdown, diagnostics), diagnostics);
        return new Output(html, diagnostics.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<script>alert(1)</script>                                  | <script>",
        "text <script>alert(1)</script> inline                      | <script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>                   | <script>",
        "<style>#disclaimer{display:none}</style>                   | <style>",
        "<iframe src=https://evil.example/></iframe>                | <iframe>",
        "<object data=x.swf></object>                               | <object>",
        "<embed src=x.swf>                                          | <embed>",
        "<form action=https://evil.example/><input name=q></form>   | <form>",
        "<meta http-equiv=refresh content=5>                        | <meta>",
        "<base href=https://evil.example/>                          | <base>",
        "<link rel=stylesheet href=https://evil.example/x.css>      | <link>",
        "<img src=x onerror=alert(1)>                               | <img>",
        "a <img src=x onerror=alert(1)> b                           | <img>",
        "<svg onload=alert(1)></svg>                                | <svg>",
        "<a href=javascript:alert(1)>x</a>                          | <a>",
        "<span onclick=alert(1)>x</span>                            | onclick attribute on <span>",
        "a <span onmouseover=alert(1)>x</span> b                    | onmouseover attribute on <span>",
        "<span style=position:fixed>x</span>                        | style attribute on <span>",
        "a <kbd style=color:red>x</kbd> b                           | style attribute on <kbd>",
        "<div style=position:fixed>covering div</div>               | style attribute on <div>",
        "<section>a section</section>                               | <section>",
    })
    void removesWithAWarningAtTheLine(String rawHtml, String named) {
        Output out = render(rawHtml);
        assertTrue(out.body().select("script, style, iframe, object, embed, form, input, meta, base, link, img, svg,"
                + " a, section, [onclick], [onmouseover], [onerror], [onload], [style]").isEmpty(), out.html());
        assertFalse(out.warnings().isEmpty(), "no warning for " + rawHtml);
        Diagnostic warning = out.warnings().get(0);
        assertEquals(FILE, warning.file());
        assertEquals(3, warning.line());
        assertTrue(warning.format().startsWith(FILE + ":3"), warning.format());
        assertTrue(warning.message().contains(named), out.formattedWarnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<abbr title=\"World Health Organization\">WHO</abbr>",
        "<kbd>Ctrl</kbd>",
        "H<sub>2</sub>O",
        "x<sup>2</sup>",
        "<mark>important</mark>",
        "one<br>two",
        "<span lang=\"ar\" dir=\"rtl\">مرحبا</span>",
        "<details><summary>More</summary>Hidden text.</details>",
        "<p lang=\"he\" dir=\"rtl\">שלום לכולם.</p>",
        "<div lang=\"fr\">Bonjour.</div>",
    })
    void keepsAllowedElements(String rawHtml) {
        Output out = render(rawHtml);
        assertTrue(out.warnings().isEmpty(), out.formattedWarnings());
        Element expected = Jsoup.parseBodyFragment(rawHtml).body();
        assertTrue(out.body().html().replaceAll("\\s+", "").contains(expected.html().replaceAll("\\s+", "")),
                () -> out.html() + " lacks " + expected.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<span lang=\"fr\">open and never closed", "closed twice </span></span></em></p></main>",
        "<span lang=\"de\">*crossing</span> emphasis*", "text <details><summary>inline</summary></details>"})
    void unbalancedTagsCannotBreakStructure(String rawHtml) {
        String html = render(rawHtml).html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(3, body.select("> p").size(), html);
        assertTrue(body.select("main, details").isEmpty(), html);
        assertEquals(html.replaceAll("\\s+", ""), body.html().replaceAll("\\s+", ""),
                "the writer's markup is not already balanced");
    }

    /** CommonMark cuts a details element around Markdown into separate blocks; the content stays inside it. */
    @org.junit.jupiter.api.Test
    void detailsAroundMarkdownKeepTheirContent() {
        Diagnostics diagnostics = new Diagnostics(FILE);
        String markdown = "<details>\n<summary>Side effects</summary>\n\n- Nausea\n- Headache\n\n</details>\n\nAfter.\n";
        Element body = Jsoup.parseBodyFragment(HtmlWriter.fragment(MarkdownReader.readFragment(markdown, diagnostics),
                diagnostics)).body();
        assertEquals(List.of("Side effects", "Nausea", "Headache"), body.select("details summary, details li").eachText());
        assertEquals("After.", body.select("details + p").text());
        assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<span lang=\"en'><script>\">x</span> | lang attribute on <span>",
        "<span dir=\"sideways\">x</span> | dir attribute on <span>"})
    void attributeValuesAreChecked(String rawHtml, String named) {
        Output out = render("a " + rawHtml + " b");
        assertTrue(out.body().select("span[lang], span[dir]").isEmpty(), out.html());
        assertTrue(out.formattedWarnings().contains(named), out.formattedWarnings());
    }
}
