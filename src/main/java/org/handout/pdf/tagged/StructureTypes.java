package org.handout.pdf.tagged;

import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.handout.pdf.layout.Tag;

/**
 * Names a structure element for the PDF version at hand. The layout speaks PDF 2.0 (Aside for the
 * disclaimer), which becomes its nearest 1.7 type for PDF 1.7. In PDF 2.0 every element names its
 * namespace, and the types PDF 2.0 dropped (Note, Reference, BlockQuote, Code) stay in the PDF 1.7
 * namespace, apart from Note, which becomes FENote. The document title is an H1 in both versions:
 * PDF 2.0's Title may not contain a heading, and readers such as pdf.js give Title no role at all.
 */
final class StructureTypes {
    private static final Map<String, String> TO_PDF17 = Map.of("Aside", "Sect");
    private static final Map<String, String> TO_PDF2 = Map.of("Note", "FENote");
    private static final Set<String> ONLY_PDF17 = Set.of("Reference", "BlockQuote", "Code");

    private final COSDictionary pdf2Namespace;
    private final COSDictionary pdf17Namespace;

    private StructureTypes(COSDictionary pdf2Namespace, COSDictionary pdf17Namespace) {
        this.pdf2Namespace = pdf2Namespace;
        this.pdf17Namespace = pdf17Namespace;
    }

    static StructureTypes pdf17() {
        return new StructureTypes(null, null);
    }

    /** Declares both namespaces on the structure tree root. */
    static StructureTypes pdf2(COSDictionary root) {
        COSDictionary pdf2 = namespace("http://iso.org/pdf2/ssn");
        COSDictionary pdf17 = namespace("http://iso.org/pdf/ssn");
        COSArray namespaces = new COSArray();
        namespaces.add(pdf2);
        namespaces.add(pdf17);
        root.setItem(COSName.getPDFName("Namespaces"), namespaces);
        return new StructureTypes(pdf2, pdf17);
    }

    private static COSDictionary namespace(String uri) {
        COSDictionary ns = new COSDictionary();
        ns.setItem(COSName.TYPE, COSName.getPDFName("Namespace"));
        ns.setItem(COSName.getPDFName("NS"), new COSString(uri));
        return ns;
    }

    void describe(Tag tag, COSDictionary element) {
        String type = tag.type();
        if (pdf2Namespace == null) {
            element.setItem(COSName.S, COSName.getPDFName(TO_PDF17.getOrDefault(type, type)));
            return;
        }
        boolean old = ONLY_PDF17.contains(type);
        element.setItem(COSName.S, COSName.getPDFName(TO_PDF2.getOrDefault(type, type)));
        element.setItem(COSName.getPDFName("NS"), old ? pdf17Namespace : pdf2Namespace);
    }
}
