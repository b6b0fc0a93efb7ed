package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.handout.i18n.Labels;
import org.handout.model.Block;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.ImageFile;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.model.SourcePos;

/**
 * An image that could not be loaded (with keep-going) becomes words that say so, in the handout's
 * language: "[Figure: its alternative] (image missing)". Made once here, they are the same in both
 * outputs and read once, as text: a Figure whose alternative repeated its visible words was read
 * twice. A decorative image that is missing leaves nothing.
 */
public final class MissingImages {
    private MissingImages() {}

    public static Document apply(Document document) {
        Map<String, ImageFile> loaded = document.images();
        Labels labels = Labels.forDocument(document.meta().lang(), document.meta().labels());
        // Words that fall back to English are marked as such, as the writers do with their labels.
        String labelLang = labels.langOf("missingImage").equals(document.meta().lang()) || Labels.supports(document.meta().lang())
                && labels.langOf("missingImage").equals(labels.lang()) ? null : labels.langOf("missingImage");
        InlineRewrite inlines = new InlineRewrite() {
            @Override
            public List<Inline> image(Inline.Image image) {
                if (loaded.containsKey(image.source())) {
                    return List.of(image);
                }
                return image.decorative() ? List.of() : placeholder(image, labels, labelLang);
            }
        };
        return new BlockRewrite() {
            @Override
            public List<Block> blocks(List<Block> blocks) {
                List<Block> kept = new ArrayList<>(blocks.size());
                for (Block block : blocks) {
                    if (!(block instanceof Block.Figure f && f.image().decorative() && !loaded.containsKey(f.image().source()))) {
                        kept.add(block);
                    }
                }
                return super.blocks(kept);
            }

            @Override
            public Block figure(Block.Figure figure) {
                return loaded.containsKey(figure.image().source()) ? figure
                        : new Block.Paragraph(placeholder(figure.image(), labels, labelLang), figure.pos());
            }

            @Override
            protected List<Inline> inlines(List<Inline> content, SourcePos pos) {
                return inlines.rewrite(content);
            }
        }.document(document);
    }

    /** The label's words around the image's text alternative, in italics like the PDF's other stand-ins. */
    private static List<Inline> placeholder(Inline.Image image, Labels labels, String labelLang) {
        String[] around = labels.get("missingImage").split("\\{0\\}", -1);
        List<Inline> words = new ArrayList<>();
        words.add(labelWords(around[0], labelLang));
        words.add(new Inline.Text(image.textAlternative()));
        words.add(labelWords(around[1], labelLang));
        return List.of(new Inline.Emphasis(words));
    }

    private static Inline labelWords(String text, String labelLang) {
        Inline words = new Inline.Text(text);
        return labelLang == null ? words : new Inline.Span(labelLang, null, List.of(words));
    }
}
