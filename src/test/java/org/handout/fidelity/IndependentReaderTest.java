package org.handout.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.handout.Corpus;
import org.handout.Fixtures;
import org.handout.pdf.StructureText;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Nothing lost, nothing altered, nothing said twice: for every fixture and every document of the
 * shared corpus, the words of the source as an independent reader gets them ({@link SourceReading}:
 * snakeyaml-engine and commonmark-java's own HTML renderer, read with jsoup) reach the PDF's text in
 * structure-tree order (PDFBox) and the HTML's text (jsoup), in the same order, each once.
 *
 * <p>The output may add only words the renderer itself says (its labels in any language, and
 * numbers: list and note numbers, page numbers). The documented exceptions: a first heading that
 * repeats the title is said once; a table caption in Pandoc's syntax is said without its
 * {@code Table:} prefix, first, as the table's name; in a document with references as data or an explicitly chosen
 * citation style, citation markers and reference sections are the style's to write (their words may
 * differ, and the list may use the words of the references' data and of the style's locale).
 */
class IndependentReaderTest {
    private static final Renderer FIXTURES = new Renderer(RenderOptions.defaults());
    private static final Renderer CORPUS = new Renderer(RenderOptions.defaults().withKeepGoing(true));
    private static final Set<String> RENDERER_WORDS = rendererWords();

    @TestFactory
    Stream<DynamicContainer> fixtures() {
        return Fixtures.all().map(file -> check(file.getFileName().toString(), read(file), file.getParent(), FIXTURES));
    }

    @TestFactory
    Stream<DynamicContainer> realDocuments() {
        return Corpus.realFiles().map(file -> check(file.getFileName().toString(), read(file), file.getParent(), CORPUS));
    }

    @TestFactory
    Stream<DynamicContainer> specExamples() {
        return Stream.concat(Corpus.commonMark().stream(), Corpus.gfm().stream())
                .map(e -> check(e.name(), e.markdown(), Path.of("."), CORPUS));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DynamicContainer check(String name, String source, Path folder, Renderer renderer) {
        Outputs outputs = new Outputs(name, source, folder, renderer);
        return DynamicContainer.dynamicContainer(name, Stream.of(
                DynamicTest.dynamicTest("PDF, in tag order", () -> compare(outputs.source(), name, outputs.pdfWords())),
                DynamicTest.dynamicTest("HTML", () -> compare(outputs.source(), name, outputs.htmlWords())),
                DynamicTest.dynamicTest("the same reference list in both", outputs::styled)));
    }

    /** Renders once for both comparisons. */
    private static final class Outputs {
        private final String name;
        private final String source;
        private final Path folder;
        private final Renderer renderer;
        private Renderer.Result result;
        private SourceReading reading;

        Outputs(String name, String source, Path folder, Renderer renderer) {
            this.name = name;
            this.source = source;
            this.folder = folder;
            this.renderer = renderer;
        }

        private Renderer.Result result() throws Exception {
            if (result == null) {
                result = renderer.render(name.replaceAll("[^\\w.-]+", "-") + (name.endsWith(".md") ? "" : ".md"),
                        source.getBytes(StandardCharsets.UTF_8), folder);
            }
            return result;
        }

        SourceReading source() {
            if (reading == null) {
                reading = SourceReading.of(source);
            }
            return reading;
        }

        /**
         * The PDF's words in tag order. In a document whose references the style writes, its
         * citations and reference lists are left out: they are the style's words (see {@link #styled}).
         */
        List<String> pdfWords() throws Exception {
            StructureText read = StructureText.read(result().pdf());
            StringBuilder text = new StringBuilder(read.spacedText());
            if (source().styledReferences) {
                Set<String> lists = new HashSet<>(Jsoup.parse(result().html())
                        .select("section[role=doc-bibliography] > h2, section[role=doc-bibliography] > h3").eachText());
                for (StructureText.Element e : read.elements()) {
                    if (e.type().equals("Reference") || e.type().equals("L") && lists.contains(e.section())) {
                        for (int i = e.start(); i < e.end(); i++) {
                            text.setCharAt(i, ' ');
                        }
                    }
                }
            }
            return Words.of(text.toString());
        }

        List<String> htmlWords() throws Exception {
            Element body = Jsoup.parse(result().html()).body();
            // The footer restates the title and dates for print, and the skip link is the page's own: not the author's words.
            body.select("body > footer, a.skip").remove();
            if (source().styledReferences) {
                body.select("a[role=doc-biblioref], section[role=doc-bibliography] > ol").remove();
            }
            return Words.of(PerceivedText.of(body));
        }

        /** Both outputs must write the same reference lists, whatever the style made of them. */
        void styled() throws Exception {
            Element html = Jsoup.parse(result().html()).body();
            List<String> htmlLists = Words.of(PerceivedText.of(new Element("div").appendChildren(
                    html.select("section[role=doc-bibliography] > ol").clone())));
            StructureText read = StructureText.read(result().pdf());
            Set<String> headings = new HashSet<>(html.select("section[role=doc-bibliography] > h2, "
                    + "section[role=doc-bibliography] > h3").eachText());
            StringBuilder pdfLists = new StringBuilder();
            for (StructureText.Element e : read.elements()) {
                if (e.type().equals("L") && headings.contains(e.section())) {
                    pdfLists.append(read.spacedText(), e.start(), e.end()).append('\n');
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(htmlLists, Words.of(pdfLists.toString()),
                    "the PDF and the HTML give the same reference list");
        }
    }

    private static void compare(SourceReading source, String fileName, List<String> output) {
        Set<String> allowed = new HashSet<>(RENDERER_WORDS);
        // A document with no title and no heading is titled with its file name.
        allowed.addAll(Words.of(fileName));
        if (source.styledReferences) {
            allowed.addAll(source.referenceWords);
            allowed.addAll(CslTerms.WORDS);
        }
        List<String> lost = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(source.words, output).getDeltas()) {
            List<String> missing = delta.getSource().getLines();
            boolean onlyAllowedAdded = delta.getTarget().getLines().stream().allMatch(w -> allowed(w, allowed));
            if (!missing.isEmpty() && !(source.styledReferences && onlyAllowedAdded && missing.stream().allMatch(allowed::contains))) {
                lost.add(context(source.words, delta.getSource().getPosition(), missing));
            }
            List<String> inserted = delta.getTarget().getLines();
            for (int i = 0; i < inserted.size(); i++) {
                if (!allowed(inserted.get(i), allowed)) {
                    added.add(context(output, delta.getTarget().getPosition() + i, List.of(inserted.get(i))));
                }
            }
        }
        assertTrue(lost.isEmpty() && added.isEmpty(), () -> (lost.isEmpty() ? "" : "lost or altered:\n  "
                + String.join("\n  ", lost) + "\n") + (added.isEmpty() ? "" : "added or said twice:\n  "
                + String.join("\n  ", added)));
    }

    private static boolean allowed(String word, Set<String> allowed) {
        return allowed.contains(word) || allowed.contains(word.toLowerCase(Locale.ROOT)) || word.chars().allMatch(Character::isDigit);
    }

    /** The changed words in brackets, with a few words either side. */
    private static String context(List<String> words, int at, List<String> changed) {
        List<String> before = words.subList(Math.max(0, at - 5), at);
        int end = Math.min(words.size(), at + changed.size());
        List<String> after = words.subList(Math.min(end, words.size()), Math.min(words.size(), end + 5));
        return String.join(" ", before) + " [" + String.join(" ", changed) + "] " + String.join(" ", after);
    }

    /** Every word of every label the renderer adds, in every language it speaks. */
    private static Set<String> rendererWords() {
        Set<String> words = new HashSet<>();
        try (var files = Files.list(Path.of("src/main/resources/org/handout/i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties labels = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    labels.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (Object value : labels.values()) {
                    for (String word : Words.of(String.valueOf(value))) {
                        words.add(word);
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words of the CSL locales a citation style may print (et al., Accessed, edition…). */
    private static final class CslTerms {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> words = new HashSet<>();
            for (String locale : List.of("en-US", "en-GB", "es-ES", "fr-FR", "de-DE")) {
                try (InputStream in = IndependentReaderTest.class.getResourceAsStream("/locales-" + locale + ".xml")) {
                    if (in != null) {
                        String text = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "",
                                org.jsoup.parser.Parser.xmlParser()).text();
                        for (String word : Words.of(text)) {
                            words.add(word);
                            words.add(word.toLowerCase(Locale.ROOT));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return words;
        }
    }
}
