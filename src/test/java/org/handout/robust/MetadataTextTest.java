package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Front matter is text, never markup: XML-special characters reach the PDF metadata literally. */
class MetadataTextTest {
    private static final String TITLE = "Hand Hygiene & Infection Control <Staff Edition>";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @Test
    void titleWithMarkupCharactersAppearsLiterallyInInfoAndXmp() throws Exception {
        String source = "---\ntitle: \"" + TITLE + "\"\nauthor: \"O'Brien & <Co>\"\nlang: en\n---\nWash your hands.\n";
        byte[] pdf = Pipeline.render(source).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            assertEquals("O'Brien & <Co>", document.getDocumentInformation().getAuthor());
            byte[] xmp = document.getDocumentCatalog().getMetadata().toByteArray();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
            Element title = (Element) xml.getElementsByTagNameNS(DC, "title").item(0);
            assertEquals(TITLE, title.getTextContent().strip());
            Element creator = (Element) xml.getElementsByTagNameNS(DC, "creator").item(0);
            assertEquals("O'Brien & <Co>", creator.getTextContent().strip());
        }
    }
}
