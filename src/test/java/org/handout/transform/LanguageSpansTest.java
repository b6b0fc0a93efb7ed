package org.handout.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.handout.citation.CitationOptions;
import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.render.Limits;
import org.handout.source.MarkdownReader;
import org.junit.jupiter.api.Test;

/** Text in a script the document's language is not written in gets a language, so a screen reader switches voice. */
class LanguageSpansTest {

    private static List<String> spans(String lang, String body) {
        Diagnostics d = new Diagnostics("s.md");
        Document doc = Transforms.apply(MarkdownReader.read("s.md", "---\ntitle: T\nlang: " + lang
                + "\ndisclaimer: x\n---\n\n" + body + "\n", "en", Limits.DEFAULT_TABLE_COLUMNS, d), null,
                new CitationOptions(null, Path.of("."), Path.of(".")), d);
        List<String> found = new ArrayList<>();
        InlineRewrite collect = new InlineRewrite() {
            @Override
            public List<Inline> span(Inline.Span span) {
                found.add(span.lang() + ":" + org.handout.model.InlineText.of(span.content()));
                return super.span(span);
            }
        };
        for (Block block : doc.body()) {
            if (block instanceof Block.Paragraph p) {
                collect.rewrite(p.content());
            }
        }
        return found;
    }

    @Test
    void scriptsWithOneUsualLanguageAreTagged() {
        assertEquals(List.of("ko:안녕하세요", "ja:こんにちは世界", "zh:你好", "th:สวัสดี", "el:Γειά σου", "hi:नमस्ते", "ar:مرحبا"),
                spans("en", "Say 안녕하세요, こんにちは世界 or 你好, สวัสดี, Γειά σου, नमस्ते and مرحبا."));
    }

    @Test
    void armenianIsTaggedWhenNothingElseInTheParagraphIsForeign() {
        assertEquals(List.of("hy:Բարեւ"), spans("en", "Say Բարեւ to them."));
    }

    /** The shortcut for plain text holds: ICU finds no foreign letter among the characters it lets through. */
    @Test
    void textThatTheShortcutPassesHasNoForeignLetter() {
        StringBuilder passed = new StringBuilder();
        for (int c = 0x20; c < 0x2070; c++) {
            if (c != '*' && c != '_' && c != '`' && c != '<' && c != '[' && c != '\\' && c != '&' && c != '!'
                    && !Character.isISOControl(c) && !Character.isWhitespace(c) && Character.isDefined(c)
                    && Character.getType(c) != Character.NON_SPACING_MARK && c != 0x34f
                    && !(c >= 0x370 && c < 0x400) && !(c >= 0x530 && c < 0x2000)) {
                passed.append('a').appendCodePoint(c).append(' ');
            }
        }
        // The Greek words send the paragraph down the slow path, which looks up every character's script.
        assertEquals(List.of("el:Γειά σου"), spans("en", passed + "Γειά σου"));
        assertEquals(List.of(), spans("en", "Water \u201cmatters\u201d \u2013 drink it, \u2018often\u2019\u2026"));
    }

    @Test
    void theDocumentsOwnScriptsAreNotTagged() {
        assertEquals(List.of(), spans("fa", "فشار خون بالا را جدی بگیرید."));
        assertEquals(List.of(), spans("ja", "東京へ行きます。"));
        assertEquals(List.of("ko:한국어"), spans("zh", "你好, 한국어."));
        assertEquals(List.of(), spans("ne", "नमस्ते"));
    }

    @Test
    void greekLettersUsedAsSymbolsAreNotGreekText() {
        assertEquals(List.of(), spans("en", "Take the β-blocker with 25 µg of α-tocopherol."));
        assertEquals("The letters α, β and δ name types, as Γειά σου says.", paragraphText("en",
                "The letters α, β and δ name types, as Γειά σου says."), "the text is kept whole, once");
    }

    private static String paragraphText(String lang, String body) {
        Diagnostics d = new Diagnostics("s.md");
        Document doc = Transforms.apply(MarkdownReader.read("s.md", "---\ntitle: T\nlang: " + lang
                + "\ndisclaimer: x\n---\n\n" + body + "\n", "en", Limits.DEFAULT_TABLE_COLUMNS, d), null,
                new CitationOptions(null, Path.of("."), Path.of(".")), d);
        return org.handout.model.InlineText.of(((Block.Paragraph) doc.body().get(0)).content());
    }

    @Test
    void theAuthorsOwnSpanWins() {
        assertEquals(List.of("mr:नमस्कार"), spans("en", "Say <span lang=\"mr\">नमस्कार</span>."));
    }
}
