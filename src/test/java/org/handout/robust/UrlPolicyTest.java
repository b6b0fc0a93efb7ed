package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.source.MarkdownReader;
import org.handout.source.UrlPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only http, https, mailto, tel, relative and fragment destinations become live links. */
class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b#c", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:a@b.org",
            "tel:+15551234567", "handout.html", "./a/b.md", "../up.md", "/root/path", "#section", "?q=1", "",
            "a/b:c", "docs/file?x=y:z", "//example.org/protocol-relative"})
    void allowed(String url) {
        assertTrue(UrlPolicy.allowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:x",
            "\u0000javascript:x", "java\u00a0script:x", "java\u200bscript:x", "\ufeffjavascript:x",
            "data:text/html;base64,PHNjcmlwdD4=", "DATA:image/png;base64,AAAA", "vbscript:msgbox(1)",
            "file:///etc/passwd", "FILE:C:/Windows", "ftp://example.org", "blob:https://example.org/x",
            "jar:file:/x!/y", "intent://x", "x-unknown:thing", "c:/windows/system32"})
    void refused(String url) {
        assertFalse(UrlPolicy.allowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript:alert(1))", "[x](java&#x09;script:alert(1))", "[x](<java\tscript:alert(1)>)",
            "[x]( javascript:alert(1))", "[x](data:text/html,hi)", "[x](vbscript:msgbox)", "[x](file:///etc/passwd)",
            "<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)", "[x](jav%61script:alert(1))"})
    void readerShowsRefusedLinksAsTextWithAWarning(String markdown) {
        Diagnostics diagnostics = new Diagnostics("test.md");
        List<Inline> content = firstParagraph(MarkdownReader.readFragment(markdown, diagnostics));
        assertFalse(content.stream().anyMatch(i -> i instanceof Inline.Link), markdown);
        assertTrue(Pipeline.mentions(diagnostics.all(), "is shown as text"), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"![x](javascript:alert(1))", "![x](&#106;avascript:alert(1))", "![x](data:image/png;base64,AAAA)",
            "![x](file:///etc/passwd)", "![x](VBSCRIPT:x)"})
    void readerShowsRefusedImagesAsTheirText(String markdown) {
        Diagnostics diagnostics = new Diagnostics("test.md");
        List<Inline> content = firstParagraph(MarkdownReader.readFragment(markdown, diagnostics));
        assertFalse(content.stream().anyMatch(i -> i instanceof Inline.Image), markdown);
        assertTrue(Pipeline.mentions(diagnostics.all(), "is shown as its text"), markdown);
    }

    /** Found by fuzzing: an image with no file name tagged an empty Figure, which PDF/UA forbids. */
    @ParameterizedTest
    @ValueSource(strings = {"![]()", "![alt]()", "![](<  >)"})
    void imageWithNoFileNameIsText(String markdown) {
        Diagnostics diagnostics = new Diagnostics("test.md");
        List<Inline> content = firstParagraph(MarkdownReader.readFragment(markdown, diagnostics));
        assertFalse(content.stream().anyMatch(i -> i instanceof Inline.Image), markdown);
        assertTrue(Pipeline.mentions(diagnostics.all(), "image with no file name"), markdown);
    }

    private static List<Inline> firstParagraph(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).content())
                .findFirst().orElse(List.of());
    }
}
