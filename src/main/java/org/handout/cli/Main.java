package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.IsoDate;
import org.handout.pdf.tagged.Conformance;
import org.handout.pdf.layout.PageSize;
import org.handout.pdf.PdfOptions;
import org.handout.render.Format;
import org.handout.render.Limits;
import org.handout.render.RenderOptions;
import org.handout.theme.HouseStyle;
import org.handout.theme.ThemeFile;

/**
 * The public command line: {@code renderer INPUT... -o DIR}, or {@code renderer serve}. Exit 0 all rendered (or the
 * server stopped), 1 a failure, 2 usage. The options are listed once, in {@link Option}.
 */
public final class Main {
    private final Arguments arguments;
    private final PrintWriter err;

    private Main(Arguments arguments, PrintWriter err) {
        this.arguments = arguments;
        this.err = err;
    }

    public static void main(String[] args) {
        Relaunch.prepare(args);
        // Checked once, in the first JVM, while the thread that prepare started initializes the process classes.
        Optional<String> missing = Relaunch.isSecond() ? Optional.empty() : OwnJar.missingLibrary();
        if (missing.isPresent()) {
            System.err.println("renderer: error: " + missing.get());
            System.exit(1);
        }
        quietLibraryLogging();
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), true));
    }

    /**
     * {@link QuietLogs} by name: its class would load commons-logging's, and with it open renderer-all.jar in the
     * first JVM, which only starts the second (about 15 ms). QuietLogsTest holds the name to the class.
     */
    static final String QUIET_LOGS = "org.handout.cli.QuietLogs";

    /**
     * PDFBox logs through commons-logging, whose search for a logging framework is a visible part of a cold
     * start, and whose fallback prints to stderr. The renderer reports every problem as a diagnostic of its
     * own, so the command line sends library logging nowhere, unless the user asked for a logger.
     */
    private static void quietLibraryLogging() {
        if (System.getProperty("org.apache.commons.logging.Log") == null
                && System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", QUIET_LOGS);
        }
    }

    /** Runs the command line and returns its exit code; used by tests too. Never prints a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    /**
     * {@code wholeProcess}: this JVM runs the command line and ends with it, so it may hand a render to a JVM started
     * for it ({@link Relaunch}).
     */
    private static int run(String[] args, PrintWriter out, PrintWriter err, boolean wholeProcess) {
        Arguments arguments;
        try {
            arguments = ArgumentParser.parse(args);
        } catch (ArgumentError e) {
            err.println("renderer: " + e.getMessage());
            err.println("Try 'renderer --help'.");
            return 2;
        }
        if (arguments.help) {
            HelpText.print(out);
            return 0;
        }
        if (arguments.version) {
            String version = Main.class.getPackage().getImplementationVersion();
            out.println("renderer " + (version == null ? "development" : version));
            return 0;
        }
        try {
            Main main = new Main(arguments, err);
            if (arguments.serve) {
                return main.serve(out);
            }
            OptionalInt relaunched = wholeProcess ? Relaunch.run() : OptionalInt.empty();
            if (relaunched.isPresent()) {
                return relaunched.getAsInt();
            }
            Preload.start();
            return main.call();
        } catch (UsageError e) {
            err.println("renderer: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("renderer: error: " + IoMessages.describe(e));
            return 1;
        } catch (RuntimeException e) {
            err.println("renderer: error: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            return 1;
        }
    }

    private int call() throws IOException {
        RenderOptions options = themed(renderOptions());
        if (options == null) {
            return 1;
        }
        Path output = arguments.output;
        List<Job> jobs = new ArrayList<>();
        boolean missing = false;
        for (Path input : arguments.inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                            .forEach(p -> jobs.add(new Job(p, output.resolve(input.relativize(p.getParent()).toString()))));
                }
            } else if (Files.isRegularFile(input)) {
                jobs.add(new Job(input, output));
            } else {
                // An input that is not there failed; the others still render (exit 1, not a usage error).
                err.println(input + ": error: no such file or folder");
                missing = true;
            }
        }
        boolean rendered = new Batch(options, limits(), arguments.quiet, arguments.verbose, err).run(jobs);
        return rendered && !missing ? 0 : 1;
    }

    /** {@code renderer serve}: its classes, and the HTTP server's, load only here. Blocks until the server stops. */
    private int serve(PrintWriter out) throws IOException {
        RenderOptions options = themed(renderOptions());
        return options == null ? 1 : ServeCommand.run(arguments, options, limits(), out, err);
    }

    /**
     * The options with the command line's house style, read and checked once for the whole batch or server; null, its
     * problems reported, when it fails its guard rails, so that nothing is rendered (or served) in a wrong style.
     */
    private RenderOptions themed(RenderOptions options) {
        if (arguments.theme == null) {
            return options;
        }
        Diagnostics diagnostics = new Diagnostics(arguments.theme.toString());
        HouseStyle style = ThemeFile.read(arguments.theme, diagnostics);
        if (style == null) {
            diagnostics.all().forEach(d -> err.println(d.format()));
            return null;
        }
        return options.withTheme(style, !arguments.serve);
    }

    private RenderOptions renderOptions() {
        checkPdfUa();
        checkDate();
        return new RenderOptions(parseFormats(), arguments.lang, arguments.keepGoing, arguments.strict,
                arguments.disclaimerFile, arguments.resourceRoot, new PdfOptions(parsePageSize(), arguments.largePrint,
                arguments.date, Conformance.of(arguments.archival, arguments.pdfUa), arguments.archival), arguments.csl);
    }

    private Limits limits() {
        try {
            return new Limits(arguments.maxInputBytes, arguments.maxTableColumns);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--max-input-bytes and --max-table-columns must be positive");
        }
    }

    private void checkPdfUa() {
        int pdfUa = arguments.pdfUa;
        if (pdfUa != 1 && pdfUa != 2) {
            throw new UsageError("unknown PDF/UA part " + pdfUa + ": use 1 or 2");
        }
    }

    /** A date the PDF cannot carry would be dropped without a word (PdfDates falls back to another). */
    private void checkDate() {
        if (arguments.date != null && IsoDate.parse(arguments.date) == null) {
            throw new UsageError("--date '" + arguments.date + "' is not " + IsoDate.EXPECTED);
        }
    }

    private Set<Format> parseFormats() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String f : arguments.formats()) {
            switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> set.add(Format.PDF);
                case "html" -> set.add(Format.HTML);
                default -> throw new UsageError("unknown format '" + f + "': use pdf, html or pdf,html");
            }
        }
        return set;
    }

    private PageSize parsePageSize() {
        String pageSize = arguments.pageSize;
        if (pageSize == null) {
            return null;
        }
        PageSize size = PageSize.named(pageSize);
        if (size == null) {
            throw new UsageError("unknown page size '" + pageSize + "': use a4 or letter");
        }
        return size;
    }

    /** One source and the folder its outputs go to. */
    record Job(Path input, Path outDir) {}

    /** A mistake in how the command was called: exit code 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
