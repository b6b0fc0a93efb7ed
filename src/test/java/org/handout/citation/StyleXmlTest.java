package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.w3c.dom.Node;

/** A style written back by StyleXml parses to the same tree as the bundled file, comments aside. */
class StyleXmlTest {
    @Test
    void bundledStylesSurviveTheRoundTrip() throws Exception {
        List<String> styles = new ArrayList<>(List.of("american-medical-association.csl", "apa.csl", "vancouver.csl"));
        JarURLConnection jar = (JarURLConnection) CitationStyle.class.getResource("/apa.csl").openConnection();
        List<String> all = jar.getJarFile().stream().map(ZipEntry::getName)
                .filter(n -> n.endsWith(".csl") && !n.contains("/")).sorted().toList();
        for (int i = 0; i < all.size(); i += 40) {
            styles.add(all.get(i));
        }
        assertTrue(styles.size() > 40, "styles sampled: " + styles.size());
        for (String name : styles) {
            Document original;
            try (InputStream in = CitationStyle.class.getResourceAsStream("/" + name)) {
                original = parse(in.readAllBytes());
            }
            removeComments(original);
            original.normalize();
            Document again = parse(StyleXml.write(original).getBytes(StandardCharsets.UTF_8));
            assertTrue(original.getDocumentElement().isEqualNode(again.getDocumentElement()), name);
        }
    }

    @Test
    void attributeWhiteSpaceAndMarkupAreKept() throws Exception {
        Document style = parse(("<style xmlns=\"http://purl.org/net/xbiblio/csl\"><citation><layout prefix=\"&#10;&quot;&lt;\""
                + " suffix=\"&amp;&#9;\">a &lt; b &amp;&#13;c</layout></citation></style>").getBytes(StandardCharsets.UTF_8));
        Document again = parse(StyleXml.write(style).getBytes(StandardCharsets.UTF_8));
        assertTrue(style.getDocumentElement().isEqualNode(again.getDocumentElement()), StyleXml.write(style));
        assertEquals("\n\"<", ((org.w3c.dom.Element) again.getElementsByTagName("layout").item(0)).getAttribute("prefix"));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static void removeComments(Node node) {
        for (Node child = node.getFirstChild(); child != null;) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.COMMENT_NODE) {
                node.removeChild(child);
            } else {
                removeComments(child);
            }
            child = next;
        }
    }
}
