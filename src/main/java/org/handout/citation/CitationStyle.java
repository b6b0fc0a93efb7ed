package org.handout.citation;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;



/**
 * A CSL style (bundled, or a .csl file), made ready to format one cited item at a time: the
 * citation layout's prefix, suffix, delimiter and superscript are taken out of the style and kept
 * here, so that a group of citations can be put together with each item a link of its own.
 */
final class CitationStyle {
    static final String DEFAULT = "american-medical-association";

    /** Styles and locales are read once per process: reading one costs more than a whole render. */
    private static final Map<String, Optional<CitationStyle>> STYLES = new ConcurrentHashMap<>();
    private static final Map<String, String> LOCALES = new ConcurrentHashMap<>();

    final String id;
    final String xml;
    final boolean numeric;
    final boolean superscript;
    final String prefix;
    final String suffix;
    final String delimiter;
    /** Whether a group of citations is sorted (the citation element has a sort key). */
    final boolean sorted;
    /** What else the renderer needs to know of the style, beyond what citeproc-java does with it. */
    final StyleRules rules;
    /** Whether citations need the style edited for their locator's label (see {@link CiteprocFixes}). */
    final boolean byLocator;
    /** The style with the citation layout's affixes taken out, before the edits for citeproc-java. */
    final String edited;
    private final Map<String, String> forLabel = new ConcurrentHashMap<>();

    private CitationStyle(String id, String xml) {
        this.id = id;
        StyleText style = new StyleText(xml);
        this.numeric = style.any("category", "citation-format", "numeric");
        StyleText.Tag citation = style.find("citation", 0);
        StyleText.Tag layout = citation == null ? null : style.find("layout", citation.end());
        if (layout == null) {
            throw new IllegalArgumentException("the style has no citation layout");
        }
        StyleText.Tag sort = style.find("sort", citation.end());
        this.sorted = sort != null && sort.start() < layout.start();
        Map<String, String> attributes = layout.attributes();
        this.superscript = "sup".equals(attributes.get("vertical-align"));
        this.prefix = attributes.getOrDefault("prefix", "");
        this.suffix = attributes.getOrDefault("suffix", "");
        this.delimiter = attributes.getOrDefault("delimiter", "; ");
        this.rules = new StyleRules(xml, style);
        this.edited = style.without(layout, Set.of("prefix", "suffix", "delimiter", "vertical-align"));
        this.byLocator = CiteprocFixes.dependsOnLocator(edited);
        this.xml = CiteprocFixes.style(edited, null);
    }

    /** The style for a citation whose locator has this label (see {@link CiteprocFixes}). */
    String xml(String label) {
        return label == null || !byLocator ? xml : forLabel.computeIfAbsent(label, l -> CiteprocFixes.style(edited, l));
    }

    /** The bundled style with this id, following a dependent style to its parent; null when none is bundled. */
    static CitationStyle load(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return null;
        }
        return STYLES.computeIfAbsent(id, key -> Optional.ofNullable(bundled(key))).orElse(null);
    }

    /**
     * The style as Pandoc users name it: a .csl file (relative to the source's folder, and inside
     * {@code root}) when one is there, else the bundled style of that name, with or without ".csl";
     * null when there is neither.
     *
     * @throws IllegalArgumentException when the file is there but is not a CSL style
     */
    static CitationStyle find(String name, Path folder, Path root) {
        Path file = folder.toAbsolutePath().resolve(name).normalize();
        if (name.endsWith(".csl") && file.startsWith(root.toAbsolutePath().normalize()) && Files.isRegularFile(file)) {
            return STYLES.computeIfAbsent(file.toString(), key -> Optional.of(file(file))).orElseThrow();
        }
        return load(name.endsWith(".csl") ? name.substring(0, name.length() - ".csl".length()) : name);
    }

    private static CitationStyle file(Path file) {
        try {
            String style = strip(Files.readString(file, StandardCharsets.UTF_8));
            String parent = parentId(style);
            if (parent != null) {
                style = read("/" + parent + ".csl");
                if (style == null) {
                    throw new IllegalArgumentException("its parent style '" + parent + "' is not bundled");
                }
            }
            return new CitationStyle(file.toString(), style);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("it cannot be read: " + e.getMessage(), e);
        }
    }

    private static CitationStyle bundled(String id) {
        try {
            String style = read("/" + id + ".csl");
            if (style == null) {
                String parent = DependentStyles.parent(id);
                style = parent == null ? null : read("/" + parent + ".csl");
            }
            return style == null ? null : new CitationStyle(id, style);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the bundled style '" + id + "' cannot be read", e);
        }
    }

    /** The CSL locale closest to a document language: "es" gets "es-ES", an unknown one "en-US". */
    static String locale(String lang) throws IOException {
        String known = LOCALES.get(lang);
        if (known == null) {
            known = closestLocale(lang);
            LOCALES.put(lang, known);
        }
        return known;
    }

    private static String closestLocale(String lang) throws IOException {
        Locale locale = Locale.forLanguageTag(lang);
        String primary = locale.getLanguage();
        for (String candidate : new String[] {locale.toLanguageTag(), primary + "-" + primary.toUpperCase(Locale.ROOT),
                primary}) {
            if (CitationStyle.class.getResource(localeResource(candidate)) != null) {
                return candidate;
            }
        }
        return supportedLocales().filter(s -> s.startsWith(primary + "-")).sorted().findFirst().orElse("en-US");
    }

    private static String localeResource(String tag) {
        return "/locales-" + tag + ".xml";
    }

    /**
     * The bundled CSL locales, from the names in the archive that holds them. citeproc's own
     * CSL.getSupportedLocales() inflates every entry of that archive, which in the shaded jar is
     * ten thousand styles: about 450 ms of a cold start, where the central directory takes a few.
     */
    private static Stream<String> supportedLocales() throws IOException {
        URL probe = CitationStyle.class.getResource(localeResource("en-US"));
        Stream<String> names;
        if (probe != null && probe.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(true);
            names = jar.getJarFile().stream().map(ZipEntry::getName).toList().stream();
        } else if (probe != null && "file".equals(probe.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(URI.create(probe.toString())).getParent())) {
                names = files.map(f -> f.getFileName().toString()).toList().stream();
            }
        } else {
            return Stream.empty();
        }
        return names.filter(n -> n.startsWith("locales-") && n.endsWith(".xml"))
                .map(n -> n.substring("locales-".length(), n.length() - ".xml".length()));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CitationStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return strip(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String parentId(String dependent) {
        StyleText style = new StyleText(dependent);
        for (StyleText.Tag link = style.find("link", 0); link != null; link = style.find("link", link.end())) {
            if ("independent-parent".equals(link.attributes().get("rel"))) {
                return link.attributes().getOrDefault("href", "").replaceAll("^.*/", "");
            }
        }
        return null;
    }
}
