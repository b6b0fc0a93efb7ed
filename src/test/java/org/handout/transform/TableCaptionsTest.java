package org.handout.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.InlineText;
import org.handout.render.Limits;
import org.handout.source.MarkdownReader;
import org.junit.jupiter.api.Test;

/**
 * Which paragraph becomes a table's caption: Pandoc's "Table:" / ":" before or after a table
 * (prefix dropped, as Pandoc drops it), a numbered "Table 2: …" title before a table (kept whole).
 */
class TableCaptionsTest {
    private static final String TABLE = "\n\n| Food | Iron |\n|---|---|\n| Lentils | 3 mg |\n\n";

    /** "caption: TEXT" (or "caption below: TEXT") for each table and "p: TEXT" for each paragraph, in order. */
    private static List<String> blocks(String lang, String body) {
        Diagnostics d = new Diagnostics("t.md");
        Document doc = MarkdownReader.read("t.md", "---\ntitle: T\nlang: " + lang + "\n---\n\n" + body, lang,
                Limits.DEFAULT_TABLE_COLUMNS, d);
        List<String> out = new ArrayList<>();
        for (Block block : TableCaptions.apply(doc).body()) {
            if (block instanceof Block.Table t) {
                out.add((t.captionBelow() ? "caption below: " : "caption: ") + InlineText.of(t.caption()));
            } else if (block instanceof Block.Paragraph p) {
                out.add("p: " + InlineText.of(p.content()));
            }
        }
        return out;
    }

    @Test
    void pandocsCaptionAfterOrBeforeTheTableLosesItsPrefix() {
        assertEquals(List.of("caption below: Iron in foods"), blocks("en", TABLE + "Table: Iron in foods\n"));
        assertEquals(List.of("caption: Iron in foods"), blocks("en", "table: Iron in foods" + TABLE));
        assertEquals(List.of("caption: Iron in foods"), blocks("en", ": Iron in *foods*" + TABLE));
    }

    @Test
    void aNumberedTitleBeforeTheTableIsKeptWhole() {
        assertEquals(List.of("caption: Table 2: Iron in foods"), blocks("en", "Table 2: Iron in foods" + TABLE));
        assertEquals(List.of("caption: Table 2. Iron in foods"), blocks("en", "**Table 2.** Iron in foods" + TABLE));
        assertEquals(List.of("caption: Tabla 3. Hierro en los alimentos"),
                blocks("es", "Tabla 3. Hierro en los alimentos" + TABLE));
    }

    @Test
    void otherParagraphsStayParagraphs() {
        assertEquals(List.of("caption: ", "p: Table 2: Iron in foods"), blocks("en", TABLE + "Table 2: Iron in foods\n"));
        assertEquals(List.of("p: Tables help.", "caption: ", "p: The table shows iron."),
                blocks("en", "Tables help." + TABLE + "The table shows iron.\n"));
        assertEquals(List.of("p: Table 2 shows iron.", "caption: "), blocks("en", "Table 2 shows iron." + TABLE));
    }

    /** As Pandoc reads it: between two tables, a caption goes to the first, which has none yet. */
    @Test
    void aCaptionBetweenTwoTablesGoesToTheFirst() {
        assertEquals(List.of("caption below: Iron", "caption: "), blocks("en", TABLE + "Table: Iron" + TABLE));
        assertEquals(List.of("caption: Iron", "caption: Zinc"), blocks("en", "Table: Iron" + TABLE + "Table: Zinc" + TABLE));
    }
}
