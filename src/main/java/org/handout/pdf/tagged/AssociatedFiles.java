package org.handout.pdf.tagged;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.handout.pdf.tagged.Attachment;

/**
 * Embeds files as associated files of the document (PDF/A-3 and PDF/A-4f): each has a MIME
 * subtype, a modification date and an /AFRelationship, is listed in the catalog's
 * /AF array and in the EmbeddedFiles name tree (sorted, so the bytes are reproducible).
 */
final class AssociatedFiles {
    private final COSDictionary catalog;
    private final OffsetDateTime date;

    AssociatedFiles(COSDictionary catalog, OffsetDateTime date) {
        this.catalog = catalog;
        this.date = date;
    }

    void attach(List<Attachment> attachments) throws IOException {
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : attachments) {
            if (byName.containsKey(attachment.name())) {
                continue;
            }
            PDComplexFileSpecification spec = fileSpecification(attachment);
            byName.put(attachment.name(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        COSDictionary names = new COSDictionary();
        names.setItem(COSName.EMBEDDED_FILES, tree);
        catalog.setItem(COSName.NAMES, names);
        catalog.setItem(COSName.AF, associated);
    }

    private PDComplexFileSpecification fileSpecification(Attachment attachment) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(Streams.flate(attachment.data()));
        file.getCOSObject().setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        file.setSubtype(attachment.mimeType());
        file.setSize(attachment.data().length);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(date.toInstant().toEpochMilli());
        file.setModDate(calendar);
        file.setCreationDate(calendar);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.name());
        spec.setFileUnicode(attachment.name());
        spec.setFileDescription(attachment.description());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(COSName.AF_RELATIONSHIP, COSName.getPDFName(attachment.relationship()));
        return spec;
    }
}
