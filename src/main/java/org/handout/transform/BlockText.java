package org.handout.transform;

import java.util.List;

import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.InlineText;

/** The plain text of blocks, as a reader would meet it; raw HTML counts only its text (never a script's). */
public final class BlockText implements Block.Visitor<Void> {
    private final StringBuilder out = new StringBuilder();

    private BlockText() {}

    public static String of(List<Block> blocks) {
        BlockText text = new BlockText();
        text.blocks(blocks);
        return text.out.toString();
    }

    private Void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
            out.append('\n');
        }
        return null;
    }

    @Override
    public Void heading(Block.Heading heading) {
        out.append(InlineText.of(heading.content()));
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        out.append(InlineText.of(paragraph.content()));
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        out.append(figure.image().alt() == null ? "" : figure.image().alt());
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        list.items().forEach(item -> blocks(item.content()));
        return null;
    }

    @Override
    public Void quote(Block.BlockQuote quote) {
        return blocks(quote.content());
    }

    @Override
    public Void code(Block.CodeBlock code) {
        out.append(code.literal());
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        out.append(InlineText.of(table.caption())).append(' ');
        table.header().forEach(c -> out.append(InlineText.of(c.content())).append(' '));
        table.rows().forEach(row -> row.forEach(c -> out.append(InlineText.of(c.content())).append(' ')));
        return null;
    }

    /** jsoup's text leaves out script and style bodies, which no reader meets either. */
    @Override
    public Void rawHtml(Block.RawHtml html) {
        out.append(org.jsoup.Jsoup.parseBodyFragment(html.html()).text());
        return null;
    }

    @Override
    public Void bibliography(Block.Bibliography bibliography) {
        for (BibliographyEntry entry : bibliography.entries()) {
            out.append(InlineText.of(entry.content())).append('\n');
        }
        return null;
    }

    @Override
    public Void section(Block.Section section) {
        heading(section.heading());
        out.append('\n');
        return blocks(section.content());
    }
}
