package org.handout.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One formatted reference. {@code label} is the style's number ("1.") or null for an unnumbered
 * style; {@code citations} are the ids of the places that cite it, in reading order;
 * {@code work} is null when the entry is free text that could not be read as data.
 */
public record BibliographyEntry(String id, String label, List<Inline> content, List<String> citations,
        CitedWork work) {

    /** Every entry of every reference list in {@code blocks}, in reading order. */
    public static List<BibliographyEntry> in(List<Block> blocks) {
        List<BibliographyEntry> entries = new ArrayList<>();
        new ModelWalk() {
            @Override
            public Void bibliography(Block.Bibliography bibliography) {
                entries.addAll(bibliography.entries());
                return null;
            }
        }.blocks(blocks);
        return entries;
    }
}
