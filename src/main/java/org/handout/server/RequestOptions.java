package org.handout.server;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.util.Fields;
import org.handout.model.IsoDate;
import org.handout.pdf.PdfOptions;
import org.handout.pdf.layout.PageSize;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.Format;
import org.handout.render.RenderOptions;

/**
 * What one request asks for: the command line's defaults, overridden by query parameters spelled like its options
 * ({@code lang}, {@code page-size}, {@code large-print}, …), plus the output and the source's name. An unknown
 * parameter is refused rather than ignored, so that a misspelt option cannot pass unnoticed.
 */
record RequestOptions(Output output, RenderOptions render, String sourceName) {
    /** What {@code format} asks {@code /render} for; the editor's preview asks for both PDF and HTML. */
    enum Output {
        PDF("application/pdf", "pdf"), HTML("text/html; charset=utf-8", "html"), ARCHIVAL("application/pdf", "pdf");

        final String contentType;
        final String extension;

        Output(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final List<String> RENDER_OPTIONS = List.of("lang", "page-size", "large-print", "csl", "keep-going",
            "strict", "pdf-ua", "date", "name", "token");

    /** For {@code POST /render}: {@code format} (pdf, html or archival; default pdf) and the render options. */
    static RequestOptions forRender(Fields query, RenderOptions defaults) {
        checkNames(query, true);
        Output output = switch (value(query, "format", "pdf").toLowerCase(Locale.ROOT)) {
            case "pdf" -> Output.PDF;
            case "html" -> Output.HTML;
            case "archival" -> Output.ARCHIVAL;
            default -> throw HttpError.of(400, "unknown format '" + query.getValue("format")
                    + "': use pdf, html or archival");
        };
        Set<Format> formats = output == Output.HTML ? EnumSet.of(Format.HTML) : EnumSet.of(Format.PDF);
        return new RequestOptions(output, options(query, defaults, formats, output == Output.ARCHIVAL), name(query));
    }

    /** For the editor's {@code POST /preview}: both outputs, never archival. */
    static RequestOptions forPreview(Fields query, RenderOptions defaults) {
        checkNames(query, false);
        return new RequestOptions(null, options(query, defaults, EnumSet.of(Format.PDF, Format.HTML), false),
                name(query));
    }

    private static void checkNames(Fields query, boolean formatAllowed) {
        for (Fields.Field field : query) {
            String name = field.getName();
            if (!RENDER_OPTIONS.contains(name) && !(formatAllowed && name.equals("format"))) {
                throw HttpError.of(400, "unknown parameter '" + name + "': use " + (formatAllowed ? "format, " : "")
                        + String.join(", ", RENDER_OPTIONS.subList(0, RENDER_OPTIONS.size() - 1)));
            }
            if (field.getValues().size() > 1) {
                throw HttpError.of(400, "parameter '" + name + "' is given more than once");
            }
        }
    }

    /**
     * Resource root null: a request's images lie in its own temporary folder, which is the source's folder. The
     * server's house style ({@code serve --theme}), if any, is every request's; a request may not name one in its
     * front matter, whose logo and fonts would be read from the server's disk (see the README's "House styles").
     */
    private static RenderOptions options(Fields query, RenderOptions defaults, Set<Format> formats, boolean archival) {
        PdfOptions pdf = defaults.pdf();
        int pdfUa = switch (value(query, "pdf-ua", String.valueOf(pdf.conformance().uaPart()))) {
            case "1" -> 1;
            case "2" -> 2;
            default -> throw HttpError.of(400, "unknown PDF/UA part '" + query.getValue("pdf-ua") + "': use 1 or 2");
        };
        PdfOptions requested = new PdfOptions(pageSize(query, pdf.pageSize()), flag(query, "large-print", pdf.largePrint()),
                date(query, pdf.fixedDate()), Conformance.of(archival, pdfUa), archival);
        return new RenderOptions(formats, value(query, "lang", defaults.defaultLang()),
                flag(query, "keep-going", defaults.keepGoing()), flag(query, "strict", defaults.strict()),
                defaults.disclaimerFile(), null, requested, value(query, "csl", defaults.csl()), defaults.theme(),
                false);
    }

    /** As the command line's {@code --date}: a date the PDF cannot carry is refused, never dropped without a word. */
    private static String date(Fields query, String fallback) {
        String date = query.getValue("date");
        if (date == null) {
            return fallback;
        }
        if (IsoDate.parse(date) == null) {
            throw HttpError.of(400, "date '" + date + "' is not " + IsoDate.EXPECTED);
        }
        return date;
    }

    private static PageSize pageSize(Fields query, PageSize fallback) {
        String name = query.getValue("page-size");
        if (name == null) {
            return fallback;
        }
        PageSize size = PageSize.named(name);
        if (size == null) {
            throw HttpError.of(400, "unknown page size '" + name + "': use a4 or letter");
        }
        return size;
    }

    /** A flag given bare ({@code ?strict}) or as true/false, 1/0, yes/no. */
    private static boolean flag(Fields query, String name, boolean fallback) {
        String value = query.getValue(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw HttpError.of(400, "parameter '" + name + "' is true or false, not '" + value + "'");
        };
    }

    private static String name(Fields query) {
        String name = query.getValue("name");
        return name == null ? "handout.md" : UploadNames.checked(name, false);
    }

    private static String value(Fields query, String name, String fallback) {
        String value = query.getValue(name);
        return value == null ? fallback : value;
    }
}
