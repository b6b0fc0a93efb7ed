package org.handout.pdf.tagged;

import java.util.List;


/**
 * The XMP metadata packet, written as text so that it is byte-for-byte reproducible. It states
 * the PDF/A and PDF/UA parts the file claims.
 */
final class XmpPacket {
    private XmpPacket() {}

    /** Every field is plain text; null or empty fields are left out. */
    record Fields(String title, String author, String description, List<String> keywords, String lang,
            String rights, String publisher, String date, String creatorTool, String producer, Conformance conformance) {}

    static String write(Fields f) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", f.title());
        if (present(f.author())) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(f.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        alt(x, "dc:description", f.description());
        if (!f.keywords().isEmpty()) {
            x.append("<dc:subject><rdf:Bag>");
            for (String k : f.keywords()) {
                x.append("<rdf:li>").append(escape(k)).append("</rdf:li>");
            }
            x.append("</rdf:Bag></dc:subject>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(escape(f.lang())).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("<dc:date><rdf:Seq><rdf:li>").append(f.date()).append("</rdf:li></rdf:Seq></dc:date>\n");
        alt(x, "dc:rights", f.rights());
        if (present(f.publisher())) {
            x.append("<dc:publisher><rdf:Bag><rdf:li>").append(escape(f.publisher())).append("</rdf:li></rdf:Bag></dc:publisher>\n");
        }
        x.append("<xmp:CreateDate>").append(f.date()).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(f.date()).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(f.date()).append("</xmp:MetadataDate>\n")
                .append("<xmp:CreatorTool>").append(escape(f.creatorTool())).append("</xmp:CreatorTool>\n")
                .append("<pdf:Producer>").append(escape(f.producer())).append("</pdf:Producer>\n");
        if (!f.keywords().isEmpty()) {
            x.append("<pdf:Keywords>").append(escape(String.join(", ", f.keywords()))).append("</pdf:Keywords>\n");
        }
        Conformance c = f.conformance();
        x.append("<pdfaid:part>").append(c.aPart()).append("</pdfaid:part>\n");
        if (c.aLevel() != null) {
            x.append("<pdfaid:conformance>").append(c.aLevel()).append("</pdfaid:conformance>\n");
        }
        x.append("<pdfuaid:part>").append(c.uaPart()).append("</pdfuaid:part>\n");
        if (c.pdf2()) {
            // PDF/A-4 and PDF/UA-2 name their revision; PDF/A-4 needs no extension schema.
            x.append("<pdfaid:rev>2020</pdfaid:rev>\n<pdfuaid:rev>2024</pdfuaid:rev>\n");
        } else {
            extensionSchema(x);
        }
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    /** PDF/A-2 and -3 predefine no pdfuaid schema, so the packet must describe it. */
    private static void extensionSchema(StringBuilder x) {
        x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Part of ISO 14289 to which the file conforms</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
    }

    private static void alt(StringBuilder x, String element, String value) {
        if (present(value)) {
            x.append('<').append(element).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                    .append("</rdf:li></rdf:Alt></").append(element).append(">\n");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** XML text escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }
}
