package org.handout.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import org.handout.i18n.Scripts;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;

/**
 * Marks text whose language differs from the document's, so that both writers can say so
 * (lang/dir in HTML, a Span with /Lang in PDF): inline HTML {@code <span lang dir>…</span>}
 * becomes a span, and runs of Arabic or Hebrew script in a document of another script are
 * detected and marked "ar" or "he", right to left. Text inside an explicit span keeps the
 * author's language and is not searched.
 */
public final class LanguageSpans extends InlineRewrite {
    private static final Pattern SPAN_OPEN = Pattern.compile(
            "<span\\s+(?=[^>]*\\blang\\s*=\\s*[\"']?([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*))(?:[^>]*\\bdir\\s*=\\s*[\"']?(rtl|ltr))?[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_CLOSE = Pattern.compile("</span\\s*>", Pattern.CASE_INSENSITIVE);

    /** The scripts the document's language is written in (Persian and Urdu in Arabic script, Yiddish in Hebrew). */
    private final int[] documentScripts;
    private int explicitSpans;

    private LanguageSpans(String documentLanguage) {
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(documentLanguage));
        this.documentScripts = scripts == null ? new int[0] : scripts;
    }

    public static Document apply(Document document) {
        LanguageSpans spans = new LanguageSpans(document.meta().lang());
        return BlockRewrite.ofInlines((inlines, pos) -> spans.rewrite(inlines)).document(document);
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

    /** Splits text into runs of the document's script and runs of another right-to-left script. */
    private void split(String text, List<Inline> out) {
        if (Scripts.allBeforeRightToLeft(text)) {
            if (!text.isEmpty()) {
                out.add(new Inline.Text(text));
            }
            return;
        }
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String lang = foreignRightToLeft(cp);
            if (lang == null) {
                i += Character.charCount(cp);
                continue;
            }
            int end = runEnd(text, i, lang);
            if (i > plainStart) {
                out.add(new Inline.Text(text.substring(plainStart, i)));
            }
            out.add(new Inline.Span(lang, Inline.Direction.RTL, List.of(new Inline.Text(text.substring(i, end)))));
            plainStart = end;
            i = end;
        }
        if (plainStart < text.length()) {
            out.add(new Inline.Text(text.substring(plainStart)));
        }
    }

    /** The run goes on through neutral characters as long as the same script follows them. */
    private int runEnd(String text, int start, String lang) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String script = foreignRightToLeft(cp);
            if (lang.equals(script) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                end = i + Character.charCount(cp);
            } else if (script != null || Character.isLetterOrDigit(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return end;
    }

    /** "ar" or "he" for a letter of Arabic or Hebrew script in a document not written in it; else null. */
    private String foreignRightToLeft(int cp) {
        int script = UScript.getScript(cp);
        String lang = script == UScript.ARABIC ? "ar" : script == UScript.HEBREW ? "he" : null;
        if (lang == null) {
            return null;
        }
        for (int own : documentScripts) {
            if (own == script) {
                return null;
            }
        }
        return lang;
    }
}
