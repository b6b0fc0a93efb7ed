package org.handout.cli;

import java.util.List;

import org.handout.render.Limits;
import org.handout.server.ServerSettings;

/**
 * The command line's options, in the order the help lists them, read by both {@link ArgumentParser} and
 * {@link HelpText} so the two cannot drift. {@link Arguments#set} says what each one does. An enum rather
 * than a table of lambdas: each lambda is a class spun at start-up, and a command line should cost nothing.
 * (The serve defaults below are compile-time constants, so naming them loads no class of the server.)
 */
enum Option {
    INPUT(List.of(), "INPUT...", "Markdown files, or folders rendered with every .md under them.", Use.RENDER),
    OUTPUT(List.of("-o", "--output"), "DIR", "Folder for NAME.pdf and NAME.html.", Use.RENDER),
    FORMAT(List.of("--format"), "pdf|html|pdf,html", "Outputs to write (default: pdf,html).", Use.RENDER),
    LANG(List.of("--lang"), "TAG", "Language (BCP 47) when the front matter has none (default: en)."),
    PAGE_SIZE(List.of("--page-size"), "a4|letter", "PDF page size (default: Letter for en-US, A4 otherwise)."),
    LARGE_PRINT(List.of("--large-print"), null, "Large-print PDF: body text 18 pt, headings and spacing to match."),
    DISCLAIMER_FILE(List.of("--disclaimer-file"), "FILE", "Markdown file with the organisation's disclaimer."),
    RESOURCE_ROOT(List.of("--resource-root"), "DIR",
            "Folder that local images must lie in (default: the source's folder).", Use.RENDER),
    CSL(List.of("--csl"), "STYLE", "Citation style id, e.g. apa or vancouver (default: front matter's csl, else AMA)."),
    THEME(List.of("--theme"), "FILE", "House style (YAML): name, logo, colours, footer line, page, base size; checked"
            + " for contrast and type size before anything is written (default: front matter's theme; in serve, every"
            + " request's).", Use.BOTH),
    KEEP_GOING(List.of("--keep-going"), null,
            "Turn recoverable errors (missing image, missing glyph) into warnings with a visible placeholder."),
    STRICT(List.of("--strict"), null, "Treat every warning as an error."),
    ARCHIVAL(List.of("--archival"), null, "PDF/UA-1 + PDF/A-3a carrying the Markdown source, its images and references.",
            Use.RENDER),
    PDF_UA(List.of("--pdf-ua"), "1|2", "PDF/UA part: 1 (PDF 1.7, default) or 2 (PDF 2.0 with PDF/A-4; PDF/A-4f with --archival)."),
    DATE(List.of("--date"), "ISO-DATE",
            "Date for the PDF metadata (2025-03-14) when the front matter has none it can carry."),
    MAX_INPUT_BYTES(List.of("--max-input-bytes"), "N",
            "Largest source accepted (default: " + Limits.DEFAULT_INPUT_BYTES + ")."),
    MAX_TABLE_COLUMNS(List.of("--max-table-columns"), "N",
            "Widest table accepted (default: " + Limits.DEFAULT_TABLE_COLUMNS + ")."),
    QUIET(List.of("-q", "--quiet"), null, "Print errors only."),
    VERBOSE(List.of("--verbose"), null, "Print more detail about failures."),
    HELP(List.of("-h", "--help"), null, "Show this help message and exit."),
    VERSION(List.of("-V", "--version"), null, "Print version information and exit."),
    HOST(List.of("--host"), "ADDRESS",
            "Address to listen on (default: 127.0.0.1); any other than loopback needs --token.", Use.SERVE),
    PORT(List.of("--port"), "N", "Port to listen on (default: " + ServerSettings.DEFAULT_PORT + "; 0 picks a free one).",
            Use.SERVE),
    TOKEN(List.of("--token"), "SECRET", "Every request must present it: Authorization: Bearer SECRET, or ?token=SECRET.",
            Use.SERVE),
    RENDERS(List.of("--renders"), "N", "Renders at a time (default: one per core).", Use.SERVE),
    QUEUE_WAIT(List.of("--queue-wait"), "SECONDS", "How long a request waits for a free render before it gets 503 "
            + "(default: " + ServerSettings.DEFAULT_QUEUE_WAIT_SECONDS + ").", Use.SERVE),
    RENDER_TIMEOUT(List.of("--render-timeout"), "SECONDS", "Time limit of one render (default: "
            + ServerSettings.DEFAULT_RENDER_TIMEOUT_SECONDS + ").", Use.SERVE),
    MAX_REQUEST_BYTES(List.of("--max-request-bytes"), "N", "Largest request with its images (default: "
            + ServerSettings.DEFAULT_MAX_REQUEST_BYTES + ").", Use.SERVE);

    /** Where an option applies: rendering files, the serve mode, or both (in serve, as every request's default). */
    enum Use { RENDER, SERVE, BOTH }

    /** Every option proper: all but the INPUT operands. */
    static final List<Option> OPTIONS = List.of(values()).subList(1, values().length);

    /** Spellings such as {@code -o} and {@code --output}; none for the INPUT operands. */
    final List<String> names;
    /** Placeholder for the value in the help, such as {@code DIR}; null for a flag, which takes no value. */
    final String label;
    final String description;
    final Use use;

    Option(List<String> names, String label, String description) {
        this(names, label, description, Use.BOTH);
    }

    Option(List<String> names, String label, String description, Use use) {
        this.names = names;
        this.label = label;
        this.description = description;
        this.use = use;
    }

    boolean takesValue() {
        return label != null;
    }

    /** Whether the option may be given to {@code renderer serve} (true) or to a render of files (false). */
    boolean appliesTo(boolean serve) {
        return use == Use.BOTH || (use == Use.SERVE) == serve;
    }
}
