package org.handout.citation;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a parsed CSL style back to XML text for citeproc. A style is elements, attributes and
 * text only, so this small writer does the job of the JDK's XSLT transformer, whose start-up
 * (it loads every charset the JDK has to build its encoding table) cost about 60 ms of a cold render.
 */
final class StyleXml {
    private StyleXml() {}

    static String write(Document style) {
        StringBuilder out = new StringBuilder(32 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(style.getDocumentElement(), out);
        return out.toString();
    }

    private static void element(Element element, StringBuilder out) {
        out.append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            out.append(' ').append(attribute.getNodeName()).append("=\"");
            escape(attribute.getNodeValue(), true, out);
            out.append('"');
        }
        if (!element.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                element((Element) child, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                escape(child.getNodeValue(), false, out);
            }
        }
        out.append("</").append(element.getTagName()).append('>');
    }

    /** Escapes markup, and the white space a parser would normalise away: carriage returns, and in an attribute also tabs and line feeds. */
    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n', '\t' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
    }
}
