package org.handout.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.FootnoteDefinition;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;

/**
 * Names every footnote call in reading order (body, then the notes): the first call of note 3 is
 * "fnref-3", its second "fnref-3-2". Each note learns its calls, so that both writers give it one
 * back-link per call, to the same places.
 */
public final class FootnoteCalls {
    private FootnoteCalls() {}

    public static Document apply(Document document) {
        Map<Integer, List<String>> calls = new HashMap<>();
        InlineRewrite naming = new InlineRewrite() {
            @Override
            public List<Inline> footnoteRef(Inline.FootnoteRef ref) {
                List<String> ids = calls.get(ref.number());
                if (ids == null) {
                    ids = new ArrayList<>();
                    calls.put(ref.number(), ids);
                }
                String id = FootnoteDefinition.callId(ref.number(), ids.size() + 1);
                ids.add(id);
                return List.of(new Inline.FootnoteRef(ref.label(), ref.number(), id, ref.pos()));
            }
        };
        Document named = BlockRewrite.ofInlines(naming).document(document);
        List<FootnoteDefinition> notes = new ArrayList<>();
        for (FootnoteDefinition note : named.footnotes()) {
            notes.add(note.withCalls(calls.getOrDefault(note.number(), List.of())));
        }
        return named.withContent(named.body(), List.copyOf(notes), named.disclaimer());
    }
}
