package org.handout.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A reading of a handout's source that shares no code with the renderer: the front matter through
 * snakeyaml-engine's plain loader, the body through commonmark-java's own HTML renderer, and the
 * words of both as a reader perceives them. The words come in the order a reader of the outputs
 * meets them: title block, disclaimer (when the author wrote one), body.
 */
final class SourceReading {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), TaskListItemsExtension.create(),
            FootnotesExtension.builder().inlineFootnotes(true).build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:\\uFEFF)?---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern PANDOC_CITATION = Pattern.compile("\\[[^\\[\\]]*@[^\\[\\]]*\\]|(?<![\\w.@-])@[\\p{L}\\p{N}_][\\w:.#$%&+?<>~/-]*");

    final List<String> words;
    /** True when the source gives references as data or asks for a citation style. */
    final boolean styledReferences;
    /** Words of the references given as data: the formatted list may use any of them. */
    final List<String> referenceWords;

    private SourceReading(List<String> words, boolean styledReferences, List<String> referenceWords) {
        this.words = words;
        this.styledReferences = styledReferences;
        this.referenceWords = referenceWords;
    }

    static SourceReading of(String source) {
        Map<?, ?> meta = Map.of();
        String body = source.startsWith("\uFEFF") ? source.substring(1) : source;
        Matcher front = FRONT_MATTER.matcher(body);
        if (front.find()) {
            Object yaml = loadQuietly(front.group(1));
            if (yaml instanceof Map<?, ?> map && !map.isEmpty()) {
                meta = map;
                body = body.substring(front.end());
            }
        }
        boolean styled = meta.containsKey("references") || meta.containsKey("bibliography") || meta.containsKey("csl");
        org.commonmark.node.Node document = PARSER.parse(body);
        showEmptyLinksAddress(document);
        readHtmlBlocksOneByOne(document);
        Element html = Jsoup.parseBodyFragment(withoutRawTextTags(RENDERER.render(document))).body();
        String title = text(meta.get("title"));
        if (title.isBlank()) {
            title = headingBecomingTheTitle(html);
        } else {
            dropHeadingRepeatingTheTitle(html, title);
        }
        readPandocCaptionsAsCaptions(html);
        String bodyText = PerceivedText.of(html);
        if (styled) {
            bodyText = PANDOC_CITATION.matcher(bodyText).replaceAll(" ");
        }
        List<String> words = new ArrayList<>(Words.of(title));
        words.addAll(Words.of(text(meta.get("subtitle"))));
        words.addAll(Words.of(authors(meta.get("author"))));
        for (String field : List.of("date", "reviewed", "reviewer")) {
            words.addAll(Words.of(text(meta.get(field))));
        }
        Object disclaimer = meta.get("disclaimer") instanceof Map<?, ?> own ? own.get("text") : meta.get("disclaimer");
        if (disclaimer != null) {
            words.addAll(Words.of(PerceivedText.of(Jsoup.parseBodyFragment(
                    RENDERER.render(PARSER.parse(text(disclaimer)))).body())));
        }
        words.addAll(Words.of(bodyText));
        List<String> referenceWords = Words.of(text(meta.get("references")));
        return new SourceReading(words, styled, referenceWords);
    }

    /**
     * The documented sanitizer rule: an element that is removed keeps its text, apart from script
     * and style bodies. Elements whose content a browser reads as raw text (xmp, textarea, title…)
     * would hide that text from jsoup, so their tags go before it reads the page.
     */
    private static String withoutRawTextTags(String html) {
        String withoutCode = CODE_ELEMENTS.matcher(html).replaceAll(" ");
        return RAW_TEXT_TAGS.matcher(withoutCode).replaceAll(" ");
    }

    /** Script and style elements, closed: their bodies are code, never words. */
    private static final Pattern CODE_ELEMENTS = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    /** Raw-text tags left over (an unclosed style included): without them, what follows reads as text. */
    private static final Pattern RAW_TEXT_TAGS = Pattern.compile(
            "(?i)</?(?:xmp|textarea|title|iframe|noembed|noframes|plaintext|noscript|script|style)\\b[^>]*>");

    /**
     * Each raw HTML block is read on its own, as a browser would read it if it stood alone: an
     * unclosed style element hides the rest of its block, not the rest of the page. Its text
     * replaces it, as a paragraph.
     */
    private static void readHtmlBlocksOneByOne(org.commonmark.node.Node document) {
        List<org.commonmark.node.HtmlBlock> blocks = new ArrayList<>();
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.HtmlBlock block) {
                blocks.add(block);
            }
        });
        for (org.commonmark.node.HtmlBlock block : blocks) {
            String text = PerceivedText.of(Jsoup.parseBodyFragment(
                    RAW_TEXT_TAGS_KEEPING_CODE.matcher(block.getLiteral()).replaceAll(" ")).body());
            org.commonmark.node.Paragraph paragraph = new org.commonmark.node.Paragraph();
            paragraph.appendChild(new org.commonmark.node.Text(text));
            block.insertBefore(paragraph);
            block.unlink();
        }
    }

    private static final Pattern RAW_TEXT_TAGS_KEEPING_CODE = Pattern.compile(
            "(?i)</?(?:xmp|textarea|title|iframe|noembed|noframes|plaintext|noscript)\\b[^>]*>");

    /** The documented rule: a Markdown link with no text (no image, no raw HTML either) shows its address. */
    private static void showEmptyLinksAddress(org.commonmark.node.Node document) {
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                if (link.getFirstChild() == null) {
                    link.appendChild(new org.commonmark.node.Text(link.getDestination()));
                }
                visitChildren(link);
            }
        });
    }

    /**
     * The documented rule: without a title in the front matter, the first level-1 heading (else the
     * first heading) is the title, said first, by the title block.
     */
    private static String headingBecomingTheTitle(Element body) {
        Element heading = body.selectFirst("h1");
        if (heading == null) {
            heading = body.selectFirst("h2, h3, h4, h5, h6");
        }
        if (heading == null) {
            return "";
        }
        heading.remove();
        return heading.text();
    }

    private static final Pattern PANDOC_CAPTION = Pattern.compile("^\\s*(?:[Tt]able:|:(?!\\p{Punct}))\\s*");

    /**
     * The documented rule: a paragraph in Pandoc's caption syntax ({@code Table:} or {@code :})
     * right before or after a table is its caption, said without that prefix and first, as the
     * table's name (one after a table goes to it, as Pandoc reads it, unless a caption stands before it).
     */
    private static void readPandocCaptionsAsCaptions(Element body) {
        for (Element paragraph : body.select("p")) {
            java.util.regex.Matcher prefix = PANDOC_CAPTION.matcher(paragraph.text());
            Element before = paragraph.previousElementSibling();
            Element after = paragraph.nextElementSibling();
            boolean toBefore = before != null && before.normalName().equals("table")
                    && !(before.previousElementSibling() != null && before.previousElementSibling().normalName().equals("p")
                            && PANDOC_CAPTION.matcher(before.previousElementSibling().text()).find());
            if (prefix.find() && (toBefore || after != null && after.normalName().equals("table"))) {
                paragraph.text(paragraph.text().substring(prefix.end()));
                if (toBefore) {
                    before.before(paragraph);
                }
            }
        }
    }

    /** The documented exception: a first heading that repeats the title is said once, by the title block. */
    private static void dropHeadingRepeatingTheTitle(Element body, String title) {
        Element first = body.selectFirst("h1, h2, h3, h4, h5, h6");
        if (first != null && !title.isBlank() && first.text().strip().equalsIgnoreCase(title.strip())) {
            first.remove();
        }
    }

    private static Object loadQuietly(String yaml) {
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** Names, credentials and affiliations, as they come. */
    private static String authors(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder();
            for (Object item : list) {
                out.append(' ').append(authors(item));
            }
            return out.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return text(map.get("name")) + " " + text(map.get("credentials")) + " " + text(map.get("affiliation"));
        }
        return text(value);
    }

    static String lowerCase(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
