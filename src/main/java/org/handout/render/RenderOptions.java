package org.handout.render;

import java.nio.file.Path;
import java.util.Set;

import org.handout.pdf.PdfOptions;
import org.handout.theme.HouseStyle;

/**
 * Everything the command line can set for one run. {@code resourceRoot} null means "the source's
 * own folder"; {@code disclaimerFile} null means "front matter or the localized default"; {@code csl}
 * null means "front matter's {@code csl:}, else AMA". {@code theme} is the command line's house
 * style, read and checked once for the whole run; null means "front matter's {@code theme:}, if
 * {@code frontMatterTheme} allows reading one, else the renderer's own look".
 */
public record RenderOptions(
        Set<Format> formats,
        String defaultLang,
        boolean keepGoing,
        boolean strict,
        Path disclaimerFile,
        Path resourceRoot,
        PdfOptions pdf,
        String csl,
        HouseStyle theme,
        boolean frontMatterTheme) {

    /** No theme from the command line; front matter may name one. */
    public RenderOptions(Set<Format> formats, String defaultLang, boolean keepGoing, boolean strict, Path disclaimerFile,
            Path resourceRoot, PdfOptions pdf, String csl) {
        this(formats, defaultLang, keepGoing, strict, disclaimerFile, resourceRoot, pdf, csl, null, true);
    }

    public static RenderOptions defaults() {
        return new RenderOptions(Set.of(Format.PDF, Format.HTML), "en", false, false, null, null, PdfOptions.defaults(), null);
    }

    /** The house style of every document ({@code theme}), or none, and whether a front matter's {@code theme:} is read. */
    public RenderOptions withTheme(HouseStyle value, boolean fromFrontMatter) {
        return new RenderOptions(formats, defaultLang, keepGoing, strict, disclaimerFile, resourceRoot, pdf, csl, value,
                fromFrontMatter);
    }

    public RenderOptions withKeepGoing(boolean value) {
        return new RenderOptions(formats, defaultLang, value, strict, disclaimerFile, resourceRoot, pdf, csl, theme, frontMatterTheme);
    }

    public RenderOptions withFormats(Set<Format> value) {
        return new RenderOptions(value, defaultLang, keepGoing, strict, disclaimerFile, resourceRoot, pdf, csl, theme, frontMatterTheme);
    }

    public RenderOptions withPdf(PdfOptions value) {
        return new RenderOptions(formats, defaultLang, keepGoing, strict, disclaimerFile, resourceRoot, value, csl, theme, frontMatterTheme);
    }
}
