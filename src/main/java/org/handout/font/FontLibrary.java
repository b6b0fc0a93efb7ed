package org.handout.font;

import java.util.List;
import java.util.function.Supplier;

/**
 * The faces the renderer ships, each parsed at most once per process and only when first needed:
 * a document in plain English never pays for the Arabic or symbol fonts.
 */
public final class FontLibrary {
    private static final String DIR = "/fonts/";

    private static final Lazy BODY = new Lazy("AtkinsonHyperlegibleNext-Regular", "AtkinsonHyperlegibleNext_400Regular.ttf");
    private static final Lazy BODY_ITALIC = new Lazy("AtkinsonHyperlegibleNext-Italic", "AtkinsonHyperlegibleNext_400Regular_Italic.ttf");
    private static final Lazy BODY_BOLD = new Lazy("AtkinsonHyperlegibleNext-Bold", "AtkinsonHyperlegibleNext_700Bold.ttf");
    private static final Lazy BODY_BOLD_ITALIC = new Lazy("AtkinsonHyperlegibleNext-BoldItalic", "AtkinsonHyperlegibleNext_700Bold_Italic.ttf");
    private static final Lazy MONO = new Lazy("AtkinsonHyperlegibleMono-Regular", "AtkinsonHyperlegibleMono_400Regular.ttf");
    /** Tried in order for characters the chosen face lacks. */
    private static final List<Lazy> FALLBACKS = List.of(
            new Lazy("DejaVuSans", "DejaVuSans.ttf"),
            new Lazy("DejaVuSansMono", "DejaVuSansMono.ttf"),
            new Lazy("NotoSansMath-Regular", "NotoSansMath-Regular.ttf"),
            new Lazy("NotoSansSymbols-Regular", "NotoSansSymbols-Regular.ttf"),
            new Lazy("NotoSansSymbols2-Regular", "NotoSansSymbols2-Regular.ttf"),
            new Lazy("NotoSansArabic-Regular", "NotoSansArabic-Regular.ttf"),
            new Lazy("NotoSansHebrew-Regular", "NotoSansHebrew-Regular.ttf"));

    private FontLibrary() {}

    public static Face body(boolean bold, boolean italic) {
        if (bold) {
            return (italic ? BODY_BOLD_ITALIC : BODY_BOLD).get();
        }
        return (italic ? BODY_ITALIC : BODY).get();
    }

    public static Face mono() {
        return MONO.get();
    }

    /**
     * The face that draws {@code codePoint}: {@code preferred} if it can, else the first fallback
     * that can, else null (no shipped font has it).
     */
    public static Face faceFor(int codePoint, Face preferred) {
        if (preferred.covers(codePoint)) {
            return preferred;
        }
        for (Lazy fallback : FALLBACKS) {
            Face face = fallback.get();
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** Loads a face on first use; safe to call from many threads. */
    private static final class Lazy implements Supplier<Face> {
        private final String name;
        private final String file;
        private volatile Face face;

        Lazy(String name, String file) {
            this.name = name;
            this.file = file;
        }

        @Override
        public Face get() {
            Face result = face;
            if (result == null) {
                synchronized (this) {
                    result = face;
                    if (result == null) {
                        result = new Face(name, DIR + file);
                        face = result;
                    }
                }
            }
            return result;
        }
    }
}
