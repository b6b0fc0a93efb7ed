package org.handout.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Author;
import org.handout.model.CitationSources;
import org.handout.model.IsoDate;
import org.handout.model.Metadata;
import org.handout.model.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Splits YAML front matter from the Markdown body and reads it into {@link Metadata}. The YAML is
 * read as a node tree (not as Java objects) so that every value keeps its line for diagnostics and
 * so that dates print exactly as written.
 */
public final class FrontMatter {
    /** Pandoc's field names, plus ours. */
    private static final Set<String> KNOWN = Set.of("title", "subtitle", "author", "date", "lang",
            "description", "abstract", "keywords", "references", "bibliography", "csl", "link-citations",
            "disclaimer", "reviewed", "reviewer", "rights", "license", "theme", "labels");

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile(
            "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final java.util.regex.Pattern KEY_LINE = java.util.regex.Pattern.compile("[\"']?[A-Za-z_][\\w-]*[\"']?\\s*:(\\s|$)");

    /** The body and the 0-based line in the file where it starts. */
    public record Split(String yaml, String body, int bodyLineOffset) {}

    private FrontMatter() {}

    /** The opening line: three dashes, then only white space, as Pandoc reads it. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("---[ \t]*\r?\n");
    /** A tab that separates a key from its value: YAML 1.2 allows it, snakeyaml-engine does not. */
    private static final java.util.regex.Pattern TAB_AFTER_KEY = java.util.regex.Pattern.compile(
            "(?m)^([ ]*(?:- +)?[\"']?[A-Za-z_][\\w-]*[\"']?[ ]*:)\t+");

    public static Split split(String text) {
        java.util.regex.Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            return new Split(null, text, 0);
        }
        int lineStart = opening.end();
        int line = 1;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String current = text.substring(lineStart, lineEnd).stripTrailing();
            line++;
            if (current.equals("---") || current.equals("...")) {
                String yaml = TAB_AFTER_KEY.matcher(text.substring(opening.end(), lineStart)).replaceAll("$1 ");
                String body = end < 0 ? "" : text.substring(end + 1);
                return looksLikeYamlMapping(yaml) ? new Split(yaml, body, line) : new Split(null, text, 0);
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        return new Split(null, text, 0);
    }

    /**
     * A block between two "---" lines is front matter only if it starts with a "key:" line;
     * otherwise the lines are Markdown (a thematic break and a setext heading, say).
     */
    private static boolean looksLikeYamlMapping(String yaml) {
        for (String line : yaml.split("\n")) {
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                return KEY_LINE.matcher(line).lookingAt();
            }
        }
        return false;
    }

    /**
     * Reads the metadata. {@code yaml} may be null (no front matter). Problems are reported to
     * {@code diagnostics}; a wrong type is an error, an unknown key a warning.
     */
    public static Metadata read(String yaml, String defaultLang, Diagnostics diagnostics) {
        Fields fields = new Fields(diagnostics);
        if (yaml == null) {
            diagnostics.warn(SourcePos.line(1), "no front matter: the title comes from the first level-1 heading"
                    + " and the language is '" + defaultLang + "' (set 'title' and 'lang' in front matter)");
        } else {
            Node root = compose(yaml, diagnostics);
            if (root instanceof MappingNode mapping) {
                fields.collect(mapping);
            } else if (root != null) {
                diagnostics.error(lineOf(root), "front matter must be a mapping of 'key: value' lines");
            }
        }
        String lang = fields.text("lang");
        if (lang == null && yaml != null) {
            diagnostics.warn(SourcePos.line(1), "front matter has no 'lang': using '" + defaultLang + "'");
        }
        String description = fields.text("description");
        if (description == null) {
            description = fields.text("abstract");
        }
        String rights = fields.text("rights");
        if (rights == null) {
            rights = fields.text("license");
        }
        String date = fields.text("date");
        if (date != null && IsoDate.parse(date) == null) {
            diagnostics.warn(lineOf(fields.nodes.get("date")), "date '" + date + "' is not a full ISO 8601 date such as"
                    + " 2025-03-14: the byline shows it as written, but the PDF's metadata cannot carry it and takes"
                    + " --date, SOURCE_DATE_EPOCH or 2000-01-01 instead");
        }
        Node disclaimerNode = fields.nodes.get("disclaimer");
        Node themeNode = fields.nodes.get("theme");
        String[] disclaimer = fields.disclaimer();
        return new Metadata(fields.text("title"), fields.text("subtitle"), fields.authors(),
                date, lang == null ? defaultLang : lang, description, fields.keywords(),
                fields.text("reviewed"), fields.text("reviewer"), rights, disclaimer[0], disclaimer[1],
                disclaimerNode == null ? SourcePos.NONE : lineOf(disclaimerNode), fields.citations(), fields.text("theme"),
                themeNode == null ? SourcePos.NONE : lineOf(themeNode), fields.labels());
    }

    /** Immutable, so built once for every document of a batch (its builder was a tenth of reading front matter). */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10).setCodePointLimit(1 << 20).build();

    private static Node compose(String yaml, Diagnostics diagnostics) {
        try {
            Composer composer = new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)));
            return composer.hasNext() ? composer.next() : null;
        } catch (MarkedYamlEngineException e) {
            diagnostics.error(lineOf(e.getProblemMark()), "front matter is not valid YAML: " + e.getProblem());
            return null;
        } catch (YamlEngineException e) {
            diagnostics.error(SourcePos.line(1), "front matter is not valid YAML: " + e.getMessage());
            return null;
        }
    }

    /** Front matter starts on file line 2, after the opening {@code ---}. */
    static SourcePos lineOf(Node node) {
        return lineOf(node.getStartMark());
    }

    private static SourcePos lineOf(Optional<Mark> mark) {
        return SourcePos.line(mark.isPresent() ? mark.get().getLine() + 2 : 1);
    }

    /** The top-level keys, with type checks that report to the diagnostics. */
    private static final class Fields {
        private final Diagnostics diagnostics;
        private final Map<String, Node> nodes = new java.util.LinkedHashMap<>();

        Fields(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        void collect(MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    diagnostics.error(lineOf(tuple.getKeyNode()), "front matter keys must be plain words");
                    continue;
                }
                if (!KNOWN.contains(key.getValue())) {
                    diagnostics.warn(lineOf(key), "unknown front matter key '" + key.getValue() + "' is ignored");
                    continue;
                }
                nodes.put(key.getValue(), tuple.getValueNode());
            }
        }

        String text(String key) {
            Node node = nodes.get(key);
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                String value = scalar.getValue().strip();
                return value.isEmpty() && !key.equals("disclaimer") ? null : value;
            }
            diagnostics.error(lineOf(node), "'" + key + "' must be text, not a " + kind(node));
            return null;
        }

        /**
         * The disclaimer's text and its language: a text is in the document's language (null);
         * a map {@code {text: …, lang: en}} names its own, for a handout whose organisation has its
         * disclaimer in another language only.
         */
        String[] disclaimer() {
            Node node = nodes.get("disclaimer");
            if (!(node instanceof MappingNode map)) {
                return new String[] {text("disclaimer"), null};
            }
            String text = null;
            String lang = null;
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                    diagnostics.error(lineOf(tuple.getValueNode()), "disclaimer '" + key + "' must be text");
                    continue;
                }
                switch (key) {
                    case "text" -> text = value.getValue().strip();
                    case "lang" -> lang = value.getValue().strip();
                    default -> diagnostics.warn(lineOf(tuple.getKeyNode()), "unknown disclaimer key '" + key
                            + "' is ignored (a disclaimer has 'text' and 'lang')");
                }
            }
            if (text == null) {
                diagnostics.error(lineOf(map), "the disclaimer needs its 'text'");
                text = "";
            }
            if (lang != null && !LANGUAGE_TAG.matcher(lang).matches()) {
                diagnostics.error(lineOf(map), "the disclaimer's 'lang' must be a BCP 47 tag such as 'en', not '" + lang + "'");
                lang = null;
            }
            return new String[] {text, lang};
        }

        /** The renderer's own words, in the document's language, for the labels the author names. */
        java.util.Map<String, String> labels() {
            Node node = nodes.get("labels");
            java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
            if (node == null) {
                return labels;
            }
            if (!(node instanceof MappingNode map)) {
                diagnostics.error(lineOf(node), "'labels' must be a map of label names to words, such as 'back: …'");
                return labels;
            }
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!org.handout.i18n.Labels.keys().contains(key)) {
                    diagnostics.warn(lineOf(tuple.getKeyNode()), "unknown label '" + key + "' is ignored (labels: "
                            + String.join(", ", org.handout.i18n.Labels.keys()) + ")");
                } else if (tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                    labels.put(key, value.getValue().strip());
                } else {
                    diagnostics.error(lineOf(tuple.getValueNode()), "label '" + key + "' must be words");
                }
            }
            return labels;
        }

        List<Author> authors() {
            Node node = nodes.get("author");
            List<Author> authors = new ArrayList<>();
            if (node == null) {
                return authors;
            }
            if (node instanceof ScalarNode scalar) {
                authors.add(new Author(scalar.getValue().strip(), null, null));
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar) {
                        authors.add(new Author(scalar.getValue().strip(), null, null));
                    } else if (item instanceof MappingNode map) {
                        Author author = author(map);
                        if (author != null) {
                            authors.add(author);
                        }
                    } else {
                        diagnostics.error(lineOf(item), "each 'author' must be a name or a map with 'name'");
                    }
                }
            } else if (node instanceof MappingNode map) {
                Author author = author(map);
                if (author != null) {
                    authors.add(author);
                }
            }
            return authors;
        }

        private Author author(MappingNode map) {
            String name = null;
            String credentials = null;
            String affiliation = null;
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                    diagnostics.error(lineOf(tuple.getValueNode()), "author '" + key + "' must be text");
                    continue;
                }
                switch (key) {
                    case "name" -> name = value.getValue().strip();
                    case "credentials" -> credentials = value.getValue().strip();
                    case "affiliation" -> affiliation = value.getValue().strip();
                    default -> diagnostics.warn(lineOf(tuple.getKeyNode()), "unknown author key '" + key + "' is ignored");
                }
            }
            if (name == null || name.isEmpty()) {
                diagnostics.error(lineOf(map), "an author needs a 'name'");
                return null;
            }
            return new Author(name, credentials, affiliation);
        }

        List<String> keywords() {
            Node node = nodes.get("keywords");
            List<String> keywords = new ArrayList<>();
            if (node instanceof ScalarNode scalar) {
                for (String word : scalar.getValue().split(",")) {
                    if (!word.isBlank()) {
                        keywords.add(word.strip());
                    }
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar) {
                        keywords.add(scalar.getValue().strip());
                    } else {
                        diagnostics.error(lineOf(item), "each keyword must be text");
                    }
                }
            } else if (node != null) {
                diagnostics.error(lineOf(node), "'keywords' must be a list of words");
            }
            return keywords;
        }

        /** {@code link-citations} is accepted for Pandoc's sake: citations always link here. */
        CitationSources citations() {
            List<CitationSources.Item> references = new ArrayList<>();
            Node node = nodes.get("references");
            if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (plain(item) instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = (Map<String, Object>) map;
                        references.add(new CitationSources.Item(fields, lineOf(item)));
                    } else {
                        diagnostics.error(lineOf(item), "each reference must be a map of CSL fields");
                    }
                }
            } else if (node != null) {
                diagnostics.error(lineOf(node), "'references' must be a list of references");
            }
            Node bibliography = nodes.get("bibliography");
            Node style = nodes.get("csl");
            return new CitationSources(references, text("bibliography"),
                    bibliography == null ? SourcePos.NONE : lineOf(bibliography), text("csl"),
                    style == null ? SourcePos.NONE : lineOf(style));
        }

        /** A YAML node as maps, lists and texts: the shape CSL-JSON has. */
        private static Object plain(Node node) {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            } else if (node instanceof SequenceNode sequence) {
                return sequence.getValue().stream().map(Fields::plain).toList();
            }
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                map.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
            }
            return map;
        }

        private static String kind(Node node) {
            return node instanceof SequenceNode ? "list" : "map";
        }
    }
}
