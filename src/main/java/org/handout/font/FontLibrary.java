package org.handout.font;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.ibm.icu.lang.UScript;
import org.handout.i18n.Scripts;

/**
 * The faces the renderer ships, each parsed at most once per process and only when first needed:
 * a document in plain English never pays for the Arabic or symbol fonts.
 */
public final class FontLibrary {
    private static final String DIR = "/fonts/";

    /** The Atkinson faces kern Latin themselves (see {@link Face#shape}); every other face shapes with HarfBuzz. */
    private static final Lazy BODY = latin("AtkinsonHyperlegibleNext-Regular", "AtkinsonHyperlegibleNext_400Regular.ttf");
    private static final Lazy BODY_ITALIC = latin("AtkinsonHyperlegibleNext-Italic", "AtkinsonHyperlegibleNext_400Regular_Italic.ttf");
    private static final Lazy BODY_BOLD = latin("AtkinsonHyperlegibleNext-Bold", "AtkinsonHyperlegibleNext_700Bold.ttf");
    private static final Lazy BODY_BOLD_ITALIC = latin("AtkinsonHyperlegibleNext-BoldItalic", "AtkinsonHyperlegibleNext_700Bold_Italic.ttf");
    private static final Lazy MONO = latin("AtkinsonHyperlegibleMono-Regular", "AtkinsonHyperlegibleMono_400Regular.ttf");
    private static final Lazy SIMPLIFIED_CHINESE = noto("SC");
    private static final Lazy TRADITIONAL_CHINESE = noto("TC");
    private static final Lazy JAPANESE = noto("JP");
    private static final Lazy KOREAN = noto("KR");
    /**
     * The face made for each script that needs one, tried first for its letters: a word must come
     * from one face to join and shape (DejaVu Sans has Arabic letters, but not Urdu's).
     */
    private static final Map<Integer, Lazy> SCRIPT_FACES = Map.ofEntries(
            Map.entry(UScript.ARABIC, noto("Arabic")), Map.entry(UScript.HEBREW, noto("Hebrew")),
            Map.entry(UScript.DEVANAGARI, noto("Devanagari")), Map.entry(UScript.BENGALI, noto("Bengali")),
            Map.entry(UScript.GURMUKHI, noto("Gurmukhi")), Map.entry(UScript.GUJARATI, noto("Gujarati")),
            Map.entry(UScript.TAMIL, noto("Tamil")), Map.entry(UScript.THAI, noto("Thai")), Map.entry(UScript.LAO, noto("Lao")),
            Map.entry(UScript.KHMER, noto("Khmer")), Map.entry(UScript.MYANMAR, noto("Myanmar")),
            Map.entry(UScript.ETHIOPIC, noto("Ethiopic")));
    /** Tried in order for characters the chosen face and their script's face lack, before the Han faces. */
    private static final List<Lazy> FALLBACKS = List.of(
            new Lazy("DejaVuSans", "DejaVuSans.ttf", false),
            new Lazy("DejaVuSansMono", "DejaVuSansMono.ttf", false),
            noto("Math"), noto("Symbols"), noto("Symbols2"));
    /**
     * The Han faces in order of preference for each language: Han characters are unified, and
     * each face draws them as its region writes them. Kana and Hangul are in all four.
     */
    private static final List<Lazy> HAN_SIMPLIFIED = List.of(SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE, JAPANESE, KOREAN);
    private static final List<Lazy> HAN_TRADITIONAL = List.of(TRADITIONAL_CHINESE, SIMPLIFIED_CHINESE, JAPANESE, KOREAN);
    private static final List<Lazy> HAN_JAPANESE = List.of(JAPANESE, TRADITIONAL_CHINESE, SIMPLIFIED_CHINESE, KOREAN);
    private static final List<Lazy> HAN_KOREAN = List.of(KOREAN, TRADITIONAL_CHINESE, SIMPLIFIED_CHINESE, JAPANESE);

    private static Lazy latin(String name, String file) {
        return new Lazy(name, file, true);
    }

    private static Lazy noto(String script) {
        return new Lazy("NotoSans" + script + "-Regular", "NotoSans" + script + "-Regular.ttf", false);
    }

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
     * that can (the Han faces in the order the language {@code lang} prefers), else null (no
     * shipped font has it). The big Han faces are read only for characters no other face has.
     */
    public static Face faceFor(int codePoint, Face preferred, String lang) {
        if (preferred.covers(codePoint)) {
            return preferred;
        }
        Lazy scriptFace = Scripts.plain(codePoint) ? null : SCRIPT_FACES.get(UScript.getScript(codePoint));
        if (scriptFace != null && scriptFace.get().covers(codePoint)) {
            return scriptFace.get();
        }
        for (Lazy fallback : FALLBACKS) {
            Face face = fallback.get();
            if (face.covers(codePoint)) {
                return face;
            }
        }
        for (Lazy fallback : hanFaces(lang)) {
            Face face = fallback.get();
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private static List<Lazy> hanFaces(String lang) {
        String tag = lang.toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("ja")) {
            return HAN_JAPANESE;
        }
        if (tag.startsWith("ko")) {
            return HAN_KOREAN;
        }
        boolean traditional = tag.startsWith("zh") && (tag.contains("hant") || tag.endsWith("-tw") || tag.endsWith("-hk")
                || tag.endsWith("-mo")) || tag.startsWith("yue");
        return traditional ? HAN_TRADITIONAL : HAN_SIMPLIFIED;
    }

    /** Loads a face on first use; safe to call from many threads. */
    private static final class Lazy implements Supplier<Face> {
        private final String name;
        private final String file;
        private final boolean kernsLatin;
        private volatile Face face;

        Lazy(String name, String file, boolean kernsLatin) {
            this.name = name;
            this.file = file;
            this.kernsLatin = kernsLatin;
        }

        @Override
        public Face get() {
            Face result = face;
            if (result == null) {
                synchronized (this) {
                    result = face;
                    if (result == null) {
                        result = new Face(name, DIR + file, kernsLatin);
                        face = result;
                    }
                }
            }
            return result;
        }
    }
}
