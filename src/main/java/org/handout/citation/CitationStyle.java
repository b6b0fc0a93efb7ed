package org.handout.citation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.undercouch.citeproc.CSL;

/**
 * A bundled CSL style, made ready to format one cited item at a time: the citation layout's
 * prefix, suffix, delimiter and superscript are taken out of the style and kept here, so that a
 * group of citations can be put together with each item a link of its own.
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

    private CitationStyle(String id, Document style) throws Exception {
        this.id = id;
        this.numeric = anyNumeric(style);
        Element layout = citationLayout(style);
        this.superscript = "sup".equals(layout.getAttribute("vertical-align"));
        this.prefix = layout.getAttribute("prefix");
        this.suffix = layout.getAttribute("suffix");
        this.delimiter = layout.hasAttribute("delimiter") ? layout.getAttribute("delimiter") : "; ";
        for (String attribute : new String[] {"prefix", "suffix", "delimiter", "vertical-align"}) {
            layout.removeAttribute(attribute);
        }
        this.xml = StyleXml.write(style);
    }

    /** The style with this id, following a dependent style to its parent; null when none is bundled. */
    static CitationStyle load(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return null;
        }
        return STYLES.computeIfAbsent(id, key -> Optional.ofNullable(bundled(key))).orElse(null);
    }

    private static CitationStyle bundled(String id) {
        try {
            Document style = read("/" + id + ".csl");
            if (style == null) {
                Document dependent = read("/dependent/" + id + ".csl");
                String parent = dependent == null ? null : parentId(dependent);
                style = parent == null ? null : read("/" + parent + ".csl");
            }
            return style == null ? null : new CitationStyle(id, style);
        } catch (Exception e) {
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
            if (CSL.class.getResource(localeResource(candidate)) != null) {
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
        URL probe = CSL.class.getResource(localeResource("en-US"));
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

    private static Document read(String resource) throws Exception {
        try (InputStream in = CitationStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    private static String parentId(Document dependent) {
        NodeList links = dependent.getElementsByTagName("link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("independent-parent".equals(link.getAttribute("rel"))) {
                return link.getAttribute("href").replaceAll("^.*/", "");
            }
        }
        return null;
    }

    private static boolean anyNumeric(Document style) {
        NodeList categories = style.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            if ("numeric".equals(((Element) categories.item(i)).getAttribute("citation-format"))) {
                return true;
            }
        }
        return false;
    }

    private static Element citationLayout(Document style) {
        Element citation = (Element) style.getElementsByTagName("citation").item(0);
        return (Element) citation.getElementsByTagName("layout").item(0);
    }
}
