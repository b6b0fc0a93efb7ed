package org.handout.render;

import java.nio.file.Path;
import java.util.Set;

import org.handout.pdf.PdfOptions;

/**
 * Everything the command line can set for one run. {@code resourceRoot} null means "the source's
 * own folder"; {@code disclaimerFile} null means "front matter or the localized default"; {@code csl}
 * null means "front matter's {@code csl:}, else AMA".
 */
public record RenderOptions(
        Set<Format> formats,
        String defaultLang,
        boolean keepGoing,
        boolean strict,
        Path disclaimerFile,
        Path resourceRoot,
        PdfOptions pdf,
        String csl) {

    public static RenderOptions defaults() {
        return new RenderOptions(Set.of(Format.PDF, Format.HTML), "en", false, false, null, null, PdfOptions.defaults(), null);
    }

    public RenderOptions withKeepGoing(boolean value) {
        return new RenderOptions(formats, defaultLang, value, strict, disclaimerFile, resourceRoot, pdf, csl);
    }

    public RenderOptions withFormats(Set<Format> value) {
        return new RenderOptions(value, defaultLang, keepGoing, strict, disclaimerFile, resourceRoot, pdf, csl);
    }

    public RenderOptions withPdf(PdfOptions value) {
        return new RenderOptions(formats, defaultLang, keepGoing, strict, disclaimerFile, resourceRoot, value, csl);
    }
}
