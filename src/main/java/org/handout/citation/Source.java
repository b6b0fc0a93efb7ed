package org.handout.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.handout.model.Inline;
import org.handout.model.SourcePos;

/**
 * One reference before formatting: {@code key} is its CSL item id (a Pandoc key, or "#n" for
 * free-text entry n), {@code id} its anchor, {@code pos} where it is written (or where its data is
 * given). {@code text} is the entry as written (null for data); {@code data} its CSL-JSON fields
 * without "id", or null for free text in no format the parser reads; {@code pieces} the parts of
 * the written text that the fields came from (empty for data).
 */
final class Source {
    final String key;
    final String id;
    final SourcePos pos;
    final Map<String, Object> data;
    final List<Inline> text;
    final List<NlmParser.Piece> pieces;
    /** Ids of the places that cite it, in reading order. */
    final List<String> citations = new ArrayList<>();

    Source(String key, String id, SourcePos pos, Map<String, Object> data, List<Inline> text,
            List<NlmParser.Piece> pieces) {
        this.key = key;
        this.id = id;
        this.pos = pos;
        this.data = data;
        this.text = text;
        this.pieces = pieces;
    }

    boolean isData() {
        return text == null;
    }

    String nextCitationId() {
        String citation = id.replaceFirst("^ref-", "cite-") + "-" + (citations.size() + 1);
        citations.add(citation);
        return citation;
    }
}
