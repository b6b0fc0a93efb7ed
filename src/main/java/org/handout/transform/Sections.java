package org.handout.transform;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.Block;
import org.handout.model.Document;

/** Groups the top-level blocks into nested sections, one per heading. */
public final class Sections {
    private Sections() {}

    public static Document apply(Document document) {
        return document.withBody(group(document.body(), 0, document.body().size(), 0));
    }

    /** Groups blocks[from, to) into sections whose headings are deeper than {@code parentLevel}. */
    private static List<Block> group(List<Block> blocks, int from, int to, int parentLevel) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (blocks.get(i) instanceof Block.Heading heading && heading.level() > parentLevel) {
                int end = i + 1;
                while (end < to && !(blocks.get(end) instanceof Block.Heading next && next.level() <= heading.level())) {
                    end++;
                }
                out.add(new Block.Section(heading, group(blocks, i + 1, end, heading.level()), heading.pos()));
                i = end;
            } else {
                out.add(blocks.get(i));
                i++;
            }
        }
        return out;
    }
}
