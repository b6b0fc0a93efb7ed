package org.handout.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Every structure element of a tagged PDF, in tree order, for tests that look at their entries. */
public final class StructureElements {
    private StructureElements() {}

    public static List<COSDictionary> of(byte[] pdf) throws IOException {
        List<COSDictionary> elements = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collect(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K),
                    elements);
        }
        return elements;
    }

    /** The structure elements among an element's kids (marked-content and object references left out). */
    public static List<COSDictionary> kids(COSDictionary element) {
        List<COSDictionary> kids = new ArrayList<>();
        COSBase k = element.getDictionaryObject(COSName.K);
        for (COSBase kid : k instanceof COSArray array ? array.toList() : k == null ? List.<COSBase>of() : List.of(k)) {
            COSBase direct = kid instanceof COSObject object ? object.getObject() : kid;
            if (direct instanceof COSDictionary dictionary && COSName.STRUCT_ELEM.equals(dictionary.getCOSName(COSName.TYPE))) {
                kids.add(dictionary);
            }
        }
        return kids;
    }

    private static void collect(COSBase node, List<COSDictionary> elements) {
        COSBase direct = node instanceof COSObject object ? object.getObject() : node;
        if (direct instanceof COSArray array) {
            array.forEach(kid -> collect(kid, elements));
        } else if (direct instanceof COSDictionary element && COSName.STRUCT_ELEM.equals(element.getCOSName(COSName.TYPE))) {
            elements.add(element);
            collect(element.getDictionaryObject(COSName.K), elements);
        }
    }
}
