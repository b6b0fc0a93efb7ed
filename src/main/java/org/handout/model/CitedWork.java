package org.handout.model;

import java.util.List;

/**
 * What a reference is, for machine-readable metadata. {@code type} is a CSL type such as
 * "article-journal" or "book"; any field but {@code type} may be null, {@code authors} empty.
 */
public record CitedWork(String type, String title, List<String> authors, String date, String periodical,
        String doi, String pmid, String url) {}
