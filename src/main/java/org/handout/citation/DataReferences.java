package org.handout.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.CitationSources;
import org.handout.model.SourcePos;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;

/**
 * References given as data: front matter {@code references:} (CSL YAML, as Pandoc reads it) and a
 * {@code bibliography:} file in CSL-JSON, CSL YAML or BibTeX. The file must lie inside the
 * resource root, like images; a problem with it is an error naming the front-matter line.
 */
final class DataReferences {
    private static final long MAX_FILE_BYTES = 16L << 20;
    private static final List<String> DATE_FIELDS = List.of("issued", "accessed", "event-date", "original-date",
            "submitted");

    private DataReferences() {}

    /** Every data reference by key (CSL-JSON fields), front matter first; a later duplicate key is ignored with a warning. */
    static Map<String, Map<String, Object>> load(CitationSources sources, CitationOptions options, Diagnostics diagnostics) {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        for (CitationSources.Item item : sources.references()) {
            add(item(item.fields(), item.pos(), diagnostics), item.pos(), items, diagnostics);
        }
        if (sources.bibliography() != null) {
            for (Map<String, Object> item : file(sources.bibliography(), sources.bibliographyPos(), options, diagnostics)) {
                add(item, sources.bibliographyPos(), items, diagnostics);
            }
        }
        return items;
    }

    private static Map<String, Object> item(Map<?, ?> fields, SourcePos pos, Diagnostics diagnostics) {
        Object id = fields.get("id");
        if (id == null || String.valueOf(id).isBlank()) {
            diagnostics.warn(pos, "a reference without an 'id' cannot be cited and is ignored");
            return null;
        }
        try {
            return normalized(fields);
        } catch (RuntimeException e) {
            diagnostics.error(pos, "reference '" + id + "' is not CSL data: " + e.getMessage());
            return null;
        }
    }

    private static void add(Map<String, Object> item, SourcePos pos, Map<String, Map<String, Object>> items,
            Diagnostics diagnostics) {
        if (item != null && items.putIfAbsent(String.valueOf(item.get("id")), item) != null) {
            diagnostics.warn(pos, "reference '" + item.get("id") + "' is given twice: the first is used");
        }
    }

    /**
     * The fields as CSL-JSON, with Pandoc's leniencies: dates as "2013-07" or 2013, a missing type.
     * Every field the source gave is kept, in its order.
     */
    private static Map<String, Object> normalized(Map<?, ?> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
        out.put("id", String.valueOf(fields.get("id")));
        out.putIfAbsent("type", "article");
        for (String field : DATE_FIELDS) {
            Object value = out.get(field);
            if (value instanceof String || value instanceof Number) {
                out.put(field, Map.of("date-parts", List.of(dateParts(String.valueOf(value)))));
            } else if (value instanceof Map<?, ?> date && date.get("date-parts") instanceof List<?> parts) {
                Map<String, Object> copy = new LinkedHashMap<>();
                date.forEach((k, v) -> copy.put(String.valueOf(k), v));
                copy.put("date-parts", parts.stream().map(p -> p instanceof List<?> l
                        ? l.stream().map(x -> Integer.parseInt(String.valueOf(x).strip())).toList() : List.of()).toList());
                out.put(field, copy);
            }
        }
        return out;
    }

    /** YAML and JSON values as plain data: maps with text keys, lists, texts, numbers and booleans. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DataReferences::plain).toList();
        }
        return value instanceof Number || value instanceof Boolean ? value : String.valueOf(value);
    }

    private static List<Integer> dateParts(String date) {
        List<Integer> parts = new ArrayList<>();
        for (String part : date.strip().split("-", 3)) {
            if (part.matches("\\d{1,4}")) {
                parts.add(Integer.parseInt(part));
            }
        }
        return parts;
    }

    private static List<Map<String, Object>> file(String name, SourcePos pos, CitationOptions options,
            Diagnostics diagnostics) {
        Path root = options.resourceRoot().toAbsolutePath().normalize();
        Path path = options.sourceFolder().toAbsolutePath().resolve(name).normalize();
        try {
            if (!path.startsWith(root) || !Files.isRegularFile(path)) {
                diagnostics.error(pos, "bibliography '" + name + "' is not a file inside " + root);
                return List.of();
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                diagnostics.error(pos, "bibliography '" + name + "' is larger than " + MAX_FILE_BYTES + " bytes");
                return List.of();
            }
            String lower = name.toLowerCase(Locale.ROOT);
            try (InputStream in = Files.newInputStream(path)) {
                if (lower.endsWith(".json")) {
                    return items(new JsonParser(new JsonLexer(new InputStreamReader(in, StandardCharsets.UTF_8))).parseArray(),
                            pos, diagnostics);
                } else if (lower.endsWith(".bib") || lower.endsWith(".bibtex")) {
                    return BibTeX.items(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                    Object yaml = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build()).loadFromInputStream(in);
                    return items(yaml instanceof Map<?, ?> map ? map.get("references") : yaml, pos, diagnostics);
                }
            }
            diagnostics.error(pos, "bibliography '" + name + "' must be .json (CSL-JSON), .yaml (CSL YAML) or .bib (BibTeX)");
        } catch (IOException | RuntimeException e) {
            diagnostics.error(pos, "bibliography '" + name + "' cannot be read: " + e.getMessage());
        }
        return List.of();
    }

    private static List<Map<String, Object>> items(Object list, SourcePos pos, Diagnostics diagnostics) {
        if (!(list instanceof List<?> entries) || !entries.stream().allMatch(i -> i instanceof Map)) {
            throw new IllegalArgumentException("expected a list of references");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object entry : entries) {
            Map<String, Object> item = item((Map<?, ?>) entry, pos, diagnostics);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }
}
