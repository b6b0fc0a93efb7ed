package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;

/**
 * Marks text whose language differs from the document's, so that both writers can say so
 * (lang/dir in HTML, a Span with /Lang in PDF) and a screen reader switches voice: inline HTML
 * {@code <span lang dir>…</span>} becomes a span, and runs of a script that the document's language
 * is not written in are detected and marked with the language that script most often means (see
 * {@link #LANGUAGES}): Arabic and Hebrew right to left; Han as Japanese next to kana, Korean next
 * to Hangul, else Chinese. Latin and Cyrillic serve too many languages to guess. Text inside an
 * explicit span keeps the author's language and is not searched.
 */
public final class LanguageSpans extends InlineRewrite {
    private static final Pattern SPAN_OPEN = Pattern.compile(
            "<span\\s+(?=[^>]*\\blang\\s*=\\s*[\"']?([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*))(?:[^>]*\\bdir\\s*=\\s*[\"']?(rtl|ltr))?[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_CLOSE = Pattern.compile("</span\\s*>", Pattern.CASE_INSENSITIVE);

    /** Scripts whose text a reader can tell apart, with the language that they most often write. */
    private static final java.util.Map<Integer, String> LANGUAGES = java.util.Map.ofEntries(
            java.util.Map.entry(UScript.ARABIC, "ar"), java.util.Map.entry(UScript.HEBREW, "he"),
            java.util.Map.entry(UScript.HANGUL, "ko"), java.util.Map.entry(UScript.HIRAGANA, "ja"),
            java.util.Map.entry(UScript.KATAKANA, "ja"), java.util.Map.entry(UScript.HAN, "zh"),
            java.util.Map.entry(UScript.THAI, "th"), java.util.Map.entry(UScript.LAO, "lo"),
            java.util.Map.entry(UScript.KHMER, "km"), java.util.Map.entry(UScript.MYANMAR, "my"),
            java.util.Map.entry(UScript.GEORGIAN, "ka"), java.util.Map.entry(UScript.ARMENIAN, "hy"),
            java.util.Map.entry(UScript.ETHIOPIC, "am"), java.util.Map.entry(UScript.SINHALA, "si"),
            java.util.Map.entry(UScript.TAMIL, "ta"), java.util.Map.entry(UScript.TELUGU, "te"),
            java.util.Map.entry(UScript.KANNADA, "kn"), java.util.Map.entry(UScript.MALAYALAM, "ml"),
            java.util.Map.entry(UScript.GUJARATI, "gu"), java.util.Map.entry(UScript.GURMUKHI, "pa"),
            java.util.Map.entry(UScript.ORIYA, "or"), java.util.Map.entry(UScript.BENGALI, "bn"),
            java.util.Map.entry(UScript.DEVANAGARI, "hi"), java.util.Map.entry(UScript.GREEK, "el"),
            java.util.Map.entry(UScript.TIBETAN, "bo"));
    /** Han, kana and Hangul run together in one span: Japanese and Korean text mix them. */
    private static final java.util.Set<Integer> CJK = java.util.Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA,
            UScript.HANGUL);
    /** The scripts that mix in one language's text: Japanese writes kana with Han, Korean Hangul with Han. */
    private static final List<java.util.Set<Integer>> MIXES = List.of(
            java.util.Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA), java.util.Set.of(UScript.HAN, UScript.HANGUL));

    private final String documentLanguage;
    /**
     * The scripts the document's language is written in (Persian and Urdu in Arabic script, Yiddish in Hebrew),
     * found on the first letter of a script that could be foreign: ICU's likely-subtags data costs a cold start
     * about 12 ms, and most handouts hold no such letter.
     */
    private int[] documentScripts;
    private int explicitSpans;

    private LanguageSpans(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    public static Document apply(Document document) {
        LanguageSpans spans = new LanguageSpans(document.meta().lang());
        return BlockRewrite.ofInlines(spans).document(document);
    }

    /**
     * Whether a run holds three Greek letters in a row (Java's script property, as {@code \\p{IsGreek}{3,}} reads
     * it). Not a pattern compiled with the class: the script property's tables cost a cold start about 3 ms, and
     * only a handout with Greek letters needs them.
     */
    private static boolean hasGreekWord(String run) {
        int letters = 0;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            letters = Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK ? letters + 1 : 0;
            if (letters == 3) {
                return true;
            }
        }
        return false;
    }

    /** Pairs {@code <span lang>} with the next {@code </span>} in the same inline list. */
    @Override
    public List<Inline> rewrite(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < inlines.size(); i++) {
            Matcher open = inlines.get(i) instanceof Inline.RawHtml h ? SPAN_OPEN.matcher(h.html().strip()) : null;
            int close = open != null && open.matches() ? closing(inlines, i + 1) : -1;
            if (close < 0) {
                out.addAll(inlines.get(i).accept(this));
                continue;
            }
            Inline.Direction direction = open.group(2) == null ? null
                    : open.group(2).equalsIgnoreCase("rtl") ? Inline.Direction.RTL : Inline.Direction.LTR;
            explicitSpans++;
            out.add(new Inline.Span(open.group(1), direction, rewrite(inlines.subList(i + 1, close))));
            explicitSpans--;
            i = close;
        }
        return out;
    }

    private static int closing(List<Inline> inlines, int from) {
        for (int j = from; j < inlines.size(); j++) {
            if (inlines.get(j) instanceof Inline.RawHtml h && SPAN_CLOSE.matcher(h.html().strip()).matches()) {
                return j;
            }
        }
        return -1;
    }

    @Override
    public List<Inline> text(Inline.Text text) {
        if (explicitSpans > 0) {
            return List.of(text);
        }
        List<Inline> out = new ArrayList<>();
        split(text.text(), out);
        return out;
    }

    /** Splits text into runs of the document's script and runs of a script it is not written in. */
    private void split(String text, List<Inline> out) {
        if (ofNoForeignScript(text)) {
            if (!text.isEmpty()) {
                out.add(new Inline.Text(text));
            }
            return;
        }
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int script = foreign(cp);
            if (script < 0) {
                i += Character.charCount(cp);
                continue;
            }
            int end = runEnd(text, i, script);
            String run = text.substring(i, end);
            if (script == UScript.GREEK && !hasGreekWord(run)) {
                // α, β-blocker, µ: Greek letters as scientific symbols are not Greek text; they stay in the plain run.
                i = end;
                continue;
            }
            if (i > plainStart) {
                out.add(new Inline.Text(text.substring(plainStart, i)));
            }
            String lang = language(script, run);
            boolean rightToLeft = script == UScript.ARABIC || script == UScript.HEBREW;
            out.add(new Inline.Span(lang, rightToLeft ? Inline.Direction.RTL : null, List.of(new Inline.Text(run))));
            plainStart = end;
            i = end;
        }
        if (plainStart < text.length()) {
            out.add(new Inline.Text(text.substring(plainStart)));
        }
    }

    /**
     * True when no character can belong to a script of {@link #LANGUAGES}: Latin, Cyrillic, their marks and general
     * punctuation (curly quotes, dashes) are each of another script or of none. Most text is so, and skips ICU's
     * script data, which costs a cold start about 20 ms.
     */
    private static boolean ofNoForeignScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x370 && !(c >= 0x400 && c < 0x530) && !(c >= 0x2000 && c < 0x2070)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The run goes on through marks and neutral characters as long as a letter of the same script
     * follows (or of a script that mixes with all of the run's in one language).
     */
    private int runEnd(String text, int start, int script) {
        java.util.Set<Integer> scripts = new java.util.HashSet<>(java.util.Set.of(script));
        int end = start;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = foreign(cp);
            if (next >= 0 && mixes(scripts, next)) {
                scripts.add(next);
                end = i + Character.charCount(cp);
            } else if (UScript.getScript(cp) == UScript.INHERITED) {
                end = i + Character.charCount(cp);
            } else if (next >= 0 || Character.isLetterOrDigit(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return end;
    }

    private static boolean mixes(java.util.Set<Integer> run, int script) {
        if (run.contains(script) && run.size() == 1) {
            return true;
        }
        for (java.util.Set<Integer> mix : MIXES) {
            if (mix.contains(script) && mix.containsAll(run)) {
                return true;
            }
        }
        return false;
    }

    /** Han with kana is Japanese, with Hangul Korean. */
    private static String language(int script, String run) {
        if (!CJK.contains(script)) {
            return LANGUAGES.get(script);
        }
        boolean hangul = false;
        for (int i = 0; i < run.length(); ) {
            int s = UScript.getScript(run.codePointAt(i));
            if (s == UScript.HIRAGANA || s == UScript.KATAKANA) {
                return "ja";
            }
            hangul |= s == UScript.HANGUL;
            i += Character.charCount(run.codePointAt(i));
        }
        return hangul ? "ko" : "zh";
    }

    /** The script of a letter that the document's language is not written in, or -1. */
    private int foreign(int cp) {
        int script = UScript.getScript(cp);
        if (!LANGUAGES.containsKey(script)) {
            return -1;
        }
        if (documentScripts == null) {
            int[] scripts = UScript.getCode(ULocale.forLanguageTag(documentLanguage));
            documentScripts = scripts == null ? new int[0] : scripts;
        }
        for (int own : documentScripts) {
            if (own == script) {
                return -1;
            }
        }
        return script;
    }
}
