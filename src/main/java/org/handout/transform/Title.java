package org.handout.transform;

import java.util.ArrayList;
import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.SourcePos;

/** Without a front-matter title, the first level-1 heading becomes the title and leaves the body. */
public final class Title {
    private Title() {}

    public static Document apply(Document document, Diagnostics diagnostics) {
        if (document.meta().title() != null) {
            return document;
        }
        List<Block> body = new ArrayList<>(document.body());
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Heading h && h.level() == 1 && !InlineText.of(h.content()).isBlank()) {
                body.remove(i);
                return document.withMeta(document.meta().withTitle(InlineText.of(h.content()).strip())).withBody(body);
            }
        }
        String name = document.sourceName().replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        diagnostics.warn(SourcePos.line(1), "no title and no level-1 heading: the title is the file name '" + name + "'");
        return document.withMeta(document.meta().withTitle(name));
    }
}
