package org.handout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.handout.render.Limits;

/** What the command line asked for, starting from the documented defaults; filled in by {@link ArgumentParser}. */
final class Arguments {
    static final OptionDefinition INPUT = new OptionDefinition(List.of(), "INPUT...",
            "Markdown files, or folders rendered with every .md under them.", (a, v) -> a.inputs.add(Path.of(v)));

    /** Every option, in the order the help lists them. */
    static final List<OptionDefinition> OPTIONS = List.of(
            new OptionDefinition(List.of("-o", "--output"), "DIR", "Folder for NAME.pdf and NAME.html.",
                    (a, v) -> a.output = Path.of(v)),
            new OptionDefinition(List.of("--format"), "pdf|html|pdf,html", "Outputs to write (default: pdf,html).",
                    Arguments::addFormats),
            new OptionDefinition(List.of("--lang"), "TAG",
                    "Language (BCP 47) when the front matter has none (default: en).", (a, v) -> a.lang = v),
            new OptionDefinition(List.of("--page-size"), "a4|letter",
                    "PDF page size (default: Letter for en-US, A4 otherwise).", (a, v) -> a.pageSize = v),
            new OptionDefinition(List.of("--large-print"), null,
                    "Large-print PDF: body text 18 pt, headings and spacing to match.", (a, v) -> a.largePrint = true),
            new OptionDefinition(List.of("--disclaimer-file"), "FILE",
                    "Markdown file with the organisation's disclaimer.", (a, v) -> a.disclaimerFile = Path.of(v)),
            new OptionDefinition(List.of("--resource-root"), "DIR",
                    "Folder that local images must lie in (default: the source's folder).",
                    (a, v) -> a.resourceRoot = Path.of(v)),
            new OptionDefinition(List.of("--csl"), "STYLE",
                    "Citation style id, e.g. apa or vancouver (default: front matter's csl, else AMA).",
                    (a, v) -> a.csl = v),
            new OptionDefinition(List.of("--keep-going"), null,
                    "Turn recoverable errors (missing image, missing glyph) into warnings with a visible placeholder.",
                    (a, v) -> a.keepGoing = true),
            new OptionDefinition(List.of("--strict"), null, "Treat every warning as an error.",
                    (a, v) -> a.strict = true),
            new OptionDefinition(List.of("--archival"), null,
                    "PDF/UA-1 + PDF/A-3a carrying the Markdown source, its images and references.",
                    (a, v) -> a.archival = true),
            new OptionDefinition(List.of("--pdf-ua"), "1|2",
                    "PDF/UA part: 1 (PDF 1.7, default) or 2 (PDF 2.0 with PDF/A-4f).",
                    (a, v) -> a.pdfUa = Integer.parseInt(v)),
            new OptionDefinition(List.of("--date"), "ISO-DATE",
                    "Date for the PDF metadata when the front matter has none.", (a, v) -> a.date = v),
            new OptionDefinition(List.of("--max-input-bytes"), "N",
                    "Largest source accepted (default: " + Limits.DEFAULT_INPUT_BYTES + ").",
                    (a, v) -> a.maxInputBytes = Long.parseLong(v)),
            new OptionDefinition(List.of("--max-table-columns"), "N",
                    "Widest table accepted (default: " + Limits.DEFAULT_TABLE_COLUMNS + ").",
                    (a, v) -> a.maxTableColumns = Integer.parseInt(v)),
            new OptionDefinition(List.of("-q", "--quiet"), null, "Print errors only.", (a, v) -> a.quiet = true),
            new OptionDefinition(List.of("--verbose"), null, "Print more detail about failures.",
                    (a, v) -> a.verbose = true),
            new OptionDefinition(List.of("-h", "--help"), null, "Show this help message and exit.",
                    (a, v) -> a.help = true),
            new OptionDefinition(List.of("-V", "--version"), null, "Print version information and exit.",
                    (a, v) -> a.version = true));

    private static final List<String> DEFAULT_FORMATS = List.of("pdf", "html");

    final List<Path> inputs = new ArrayList<>();
    Path output;
    private final List<String> formats = new ArrayList<>();
    String lang = "en";
    String pageSize;
    boolean largePrint;
    Path disclaimerFile;
    Path resourceRoot;
    String csl;
    boolean keepGoing;
    boolean strict;
    boolean archival;
    int pdfUa = 1;
    String date;
    long maxInputBytes = Limits.DEFAULT_INPUT_BYTES;
    int maxTableColumns = Limits.DEFAULT_TABLE_COLUMNS;
    boolean quiet;
    boolean verbose;
    boolean help;
    boolean version;

    /** The --format values, or pdf and html when none was given. */
    List<String> formats() {
        return formats.isEmpty() ? DEFAULT_FORMATS : formats;
    }

    /** --format replaces the default and may be repeated, each time with a comma-separated list. */
    private void addFormats(String value) {
        Collections.addAll(formats, value.split(","));
    }
}
