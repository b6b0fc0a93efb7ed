package org.handout.citation;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.Inline;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * One reference before formatting: {@code key} is its citeproc id (a Pandoc key, or "#n" for
 * free-text entry n), {@code id} its anchor. {@code text} is the entry as written (null for data);
 * {@code data} its fields, or null for free text that is not in the NLM format.
 */
final class Source {
    final String key;
    final String id;
    final CSLItemData data;
    final List<Inline> text;
    /** Ids of the places that cite it, in reading order. */
    final List<String> citations = new ArrayList<>();

    Source(String key, String id, CSLItemData data, List<Inline> text) {
        this.key = key;
        this.id = id;
        this.data = data;
        this.text = text;
    }

    String nextCitationId() {
        String citation = id.replaceFirst("^ref-", "cite-") + "-" + (citations.size() + 1);
        citations.add(citation);
        return citation;
    }
}
