package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What StyleText reads and edits agrees with a DOM parser's view of the same bundled styles. */
class StyleTextTest {
    @Test
    void bundledStylesReadAndEditAsTheDomSeesThem() throws Exception {
        JarURLConnection jar = (JarURLConnection) CitationStyle.class.getResource("/apa.csl").openConnection();
        List<String> all = jar.getJarFile().stream().map(ZipEntry::getName)
                .filter(n -> n.endsWith(".csl") && !n.contains("/")).sorted().toList();
        List<String> ids = new ArrayList<>(List.of("american-medical-association", "apa", "vancouver"));
        for (int i = 0; i < all.size(); i += 40) {
            ids.add(all.get(i).replace(".csl", ""));
        }
        assertTrue(ids.size() > 40, "styles sampled: " + ids.size());
        for (String id : ids) {
            Document original = parse(bytes("/" + id + ".csl"));
            Element layout = (Element) ((Element) original.getElementsByTagName("citation").item(0))
                    .getElementsByTagName("layout").item(0);
            CitationStyle style = CitationStyle.load(id);
            assertNotNull(style, id);
            assertEquals(layout.getAttribute("prefix"), style.prefix, id);
            assertEquals(layout.getAttribute("suffix"), style.suffix, id);
            assertEquals(layout.hasAttribute("delimiter") ? layout.getAttribute("delimiter") : "; ", style.delimiter, id);
            assertEquals("sup".equals(layout.getAttribute("vertical-align")), style.superscript, id);
            assertEquals(numeric(original), style.numeric, id);
            for (String attribute : new String[] {"prefix", "suffix", "delimiter", "vertical-align"}) {
                layout.removeAttribute(attribute);
            }
            Document edited = parse(style.edited.getBytes(StandardCharsets.UTF_8));
            assertTrue(original.getDocumentElement().isEqualNode(edited.getDocumentElement()), id);
            for (String label : new String[] {null, "page", "chapter", "sub verbo"}) {
                assertNotNull(parse(style.xml(label).getBytes(StandardCharsets.UTF_8)), id + " edited for citeproc-java, " + label);
            }
        }
    }

    @Test
    void dependentStylesUseTheirParent() {
        CitationStyle dependent = CitationStyle.load("nature-communications");
        assertNotNull(dependent);
        assertEquals(CitationStyle.load("nature").xml, dependent.xml);
    }

    @Test
    void commentsAreNotTagsAndEntitiesAreDecoded() {
        String xml = "<style><!-- <citation><layout prefix=\"no\"/></citation> --><citation><layout prefix=\"&#91;a &amp;\n"
                + "b\" delimiter='&lt;&#x2C;' suffix=\"]\" font-style=\"italic\"><text/></layout></citation></style>";
        StyleText text = new StyleText(xml);
        StyleText.Tag layout = text.find("layout", text.find("citation", 0).end());
        assertEquals("[a & b", layout.attributes().get("prefix"));
        assertEquals("<,", layout.attributes().get("delimiter"));
        assertEquals(xml.replace("<layout prefix=\"&#91;a &amp;\nb\" delimiter='&lt;&#x2C;' suffix=\"]\" font-style=\"italic\">",
                "<layout font-style=\"italic\">"), text.without(layout, java.util.Set.of("prefix", "delimiter", "suffix")));
    }

    private static boolean numeric(Document style) {
        NodeList categories = style.getElementsByTagName("category");
        for (int i = 0; i < categories.getLength(); i++) {
            if ("numeric".equals(((Element) categories.item(i)).getAttribute("citation-format"))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(String resource) throws Exception {
        try (InputStream in = StyleTextTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
