package org.handout.citation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.BlockRewrite;
import org.handout.model.ModelWalk;
import org.handout.model.Inline;
import org.handout.model.SourcePos;
import org.handout.model.InlineText;

/**
 * The sections whose heading names them as references ("References", "Research Studies",
 * "Literatur"…) and hold only lists or paragraphs: each list item or paragraph is a free-text
 * entry. The first numbered list gives the entries that numeric markers like [2] cite.
 */
final class ReferenceSections {
    /** Free-text entries by the id of their section's heading; an empty section has none. */
    private final Map<String, List<Source>> bySection = new LinkedHashMap<>();
    private final Map<Integer, Source> numbered = new LinkedHashMap<>();
    private final Set<String> headingIds = new HashSet<>();
    private final Anchors anchors;
    private final String home;
    private int count;

    ReferenceSections(List<Block> body, Anchors anchors) {
        this.anchors = anchors;
        find(body);
        home = home();
    }

    /** The first empty reference section, else the first one, else none. */
    private String home() {
        for (Map.Entry<String, List<Source>> section : bySection.entrySet()) {
            if (section.getValue().isEmpty()) {
                return section.getKey();
            }
        }
        return bySection.isEmpty() ? null : bySection.keySet().iterator().next();
    }

    boolean isEmpty() {
        return freeText().isEmpty();
    }

    List<Source> freeText() {
        List<Source> all = new ArrayList<>();
        for (List<Source> entries : bySection.values()) {
            all.addAll(entries);
        }
        return all;
    }

    Map<Integer, Source> numbered() {
        return numbered;
    }

    /** Every section is looked at, however deep: a reference section's own subsections are its entries' business. */
    private void find(List<Block> blocks) {
        new ModelWalk() {
            @Override
            public Void section(Block.Section s) {
                headingIds.add(s.heading().id());
                if (SectionNames.namesReferences(InlineText.of(s.heading().content())) && listsOrParagraphs(s.content())) {
                    bySection.put(s.heading().id(), entries(s.content()));
                    return null;
                }
                return super.section(s);
            }
        }.blocks(blocks);
    }

    private static boolean listsOrParagraphs(List<Block> blocks) {
        for (Block b : blocks) {
            if (!(b instanceof Block.ListBlock || b instanceof Block.Paragraph)) {
                return false;
            }
        }
        return true;
    }

    private List<Source> entries(List<Block> content) {
        List<Source> sources = new ArrayList<>();
        boolean firstList = numbered.isEmpty();
        for (Block block : content) {
            if (block instanceof Block.Paragraph p) {
                sources.add(source(p.content(), p.pos()));
            } else if (block instanceof Block.ListBlock list) {
                for (int i = 0; i < list.items().size(); i++) {
                    Source source = source(itemText(list.items().get(i)), list.items().get(i).pos());
                    sources.add(source);
                    if (list.ordered() && firstList) {
                        numbered.put(list.start() + i, source);
                    }
                }
                firstList = firstList && !list.ordered();
            }
        }
        return sources;
    }

    /** A free-text entry, read as data when it is in the NLM format (for metadata, and for a style if one is asked for). */
    private Source source(List<Inline> text, SourcePos pos) {
        count++;
        NlmParser.Reading reading = NlmParser.parse(InlineText.of(text));
        return new Source("#" + count, anchors.of(String.valueOf(count)), pos, reading == null ? null : reading.csl(),
                text, reading == null ? List.of() : reading.pieces());
    }

    private static List<Inline> itemText(Block.ListItem item) {
        List<Inline> text = new ArrayList<>();
        for (Block block : item.content()) {
            if (block instanceof Block.Paragraph p) {
                if (!text.isEmpty()) {
                    text.add(new Inline.SoftBreak());
                }
                text.addAll(p.content());
            }
        }
        return text;
    }

    /**
     * The body with each reference section's content replaced by its formatted entries. Cited data
     * references join the first empty reference section, else the first one, else a new section
     * at the end under {@code heading}.
     */
    List<Block> place(List<Block> body, List<Source> citedData, Map<Source, BibliographyEntry> entries, List<Inline> heading) {
        List<Block> out = replace(body, citedData, entries);
        if (home == null && !citedData.isEmpty()) {
            String id = "references";
            for (int n = 2; headingIds.contains(id); n++) {
                id = "references-" + n;
            }
            Block.Heading h = new Block.Heading(2, heading, id, SourcePos.NONE);
            out.add(new Block.Section(h, List.of(bibliography(new HashSet<>(citedData), entries, SourcePos.NONE)),
                    SourcePos.NONE));
        }
        return out;
    }

    private List<Block> replace(List<Block> blocks, List<Source> citedData, Map<Source, BibliographyEntry> entries) {
        return new BlockRewrite() {
            @Override
            public Block section(Block.Section s) {
                if (!bySection.containsKey(s.heading().id())) {
                    return super.section(s);
                }
                Set<Source> mine = new HashSet<>(bySection.get(s.heading().id()));
                if (s.heading().id().equals(home)) {
                    mine.addAll(citedData);
                }
                return mine.isEmpty() ? s
                        : new Block.Section(s.heading(), List.of(ReferenceSections.bibliography(mine, entries, s.pos())), s.pos());
            }
        }.blocks(blocks);
    }

    private static Block bibliography(Set<Source> sources, Map<Source, BibliographyEntry> entries, SourcePos pos) {
        List<BibliographyEntry> listed = new ArrayList<>();
        for (Map.Entry<Source, BibliographyEntry> entry : entries.entrySet()) {
            if (sources.contains(entry.getKey())) {
                listed.add(entry.getValue());
            }
        }
        return new Block.Bibliography(List.copyOf(listed), pos);
    }
}
