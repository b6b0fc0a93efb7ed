package org.handout.pdf.tagged;

/**
 * A file carried inside an archival PDF as an associated file of the document.
 * {@code relationship} is the PDF /AFRelationship: Source or Data.
 */
public record Attachment(String name, String mimeType, String relationship, String description, byte[] data) {}
