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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.handout.pdf.Conformance;
import org.handout.pdf.PageSize;
import org.handout.pdf.PdfOptions;
import org.handout.render.Format;
import org.handout.render.Limits;
import org.handout.render.RenderOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The public command line: {@code renderer INPUT... -o DIR}. Exit 0 all rendered, 1 a failure, 2 usage. */
@Command(name = "renderer", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Renders Markdown health handouts to tagged PDF (PDF/UA-1 + PDF/A-2a) and accessible HTML.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input rendered", "1:an input failed (the others still rendered)", "2:usage error"})
public final class Main implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Markdown files, or folders rendered with every .md under them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for NAME.pdf and NAME.html.")
    Path output;

    @Option(names = "--format", paramLabel = "pdf|html|pdf,html", split = ",", description = "Outputs to write (default: pdf,html).")
    List<String> formats = List.of("pdf", "html");

    @Option(names = "--lang", paramLabel = "TAG", description = "Language (BCP 47) when the front matter has none (default: en).")
    String lang = "en";

    @Option(names = "--page-size", paramLabel = "a4|letter", description = "PDF page size (default: Letter for en-US, A4 otherwise).")
    String pageSize;

    @Option(names = "--large-print", description = "Large-print PDF: body text 18 pt, headings and spacing to match.")
    boolean largePrint;

    @Option(names = "--disclaimer-file", paramLabel = "FILE", description = "Markdown file with the organisation's disclaimer.")
    Path disclaimerFile;

    @Option(names = "--resource-root", paramLabel = "DIR", description = "Folder that local images must lie in (default: the source's folder).")
    Path resourceRoot;

    @Option(names = "--csl", paramLabel = "STYLE", description = "Citation style id, e.g. apa or vancouver (default: front matter's csl, else AMA).")
    String csl;

    @Option(names = "--keep-going", description = "Turn recoverable errors (missing image, missing glyph) into warnings with a visible placeholder.")
    boolean keepGoing;

    @Option(names = "--strict", description = "Treat every warning as an error.")
    boolean strict;

    @Option(names = "--archival", description = "PDF/UA-1 + PDF/A-3a carrying the Markdown source, its images and references.")
    boolean archival;

    @Option(names = "--pdf-ua", paramLabel = "1|2", description = "PDF/UA part: 1 (PDF 1.7, default) or 2 (PDF 2.0 with PDF/A-4f).")
    int pdfUa = 1;

    @Option(names = "--date", paramLabel = "ISO-DATE", description = "Date for the PDF metadata when the front matter has none.")
    String date;

    @Option(names = "--max-input-bytes", paramLabel = "N", description = "Largest source accepted (default: 1048576).")
    long maxInputBytes = Limits.DEFAULT_INPUT_BYTES;

    @Option(names = "--max-table-columns", paramLabel = "N", description = "Widest table accepted (default: 64).")
    int maxTableColumns = Limits.DEFAULT_TABLE_COLUMNS;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print more detail about failures.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line and returns its exit code; used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("renderer: " + ex.getMessage());
            err.println("Try 'renderer --help'.");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageError) {
                err.println("renderer: " + ex.getMessage());
                return 2;
            }
            err.println("renderer: error: " + (ex instanceof IOException io ? IoMessages.describe(io)
                    : "internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkPdfUa();
        RenderOptions options = new RenderOptions(parseFormats(), lang, keepGoing, strict, disclaimerFile,
                resourceRoot, new PdfOptions(parsePageSize(), largePrint, date, Conformance.of(archival, pdfUa), archival), csl);
        List<Job> jobs = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                            .forEach(p -> jobs.add(new Job(p, output.resolve(input.relativize(p.getParent()).toString()))));
                }
            } else if (Files.isRegularFile(input)) {
                jobs.add(new Job(input, output));
            } else {
                throw new UsageError("no such file or folder: " + input);
            }
        }
        return new Batch(options, limits(), quiet, verbose, spec.commandLine().getErr()).run(jobs) ? 0 : 1;
    }

    private Limits limits() {
        try {
            return new Limits(maxInputBytes, maxTableColumns);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--max-input-bytes and --max-table-columns must be positive");
        }
    }

    private void checkPdfUa() {
        if (pdfUa != 1 && pdfUa != 2) {
            throw new UsageError("unknown PDF/UA part " + pdfUa + ": use 1 or 2");
        }
    }

    private Set<Format> parseFormats() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> set.add(Format.PDF);
                case "html" -> set.add(Format.HTML);
                default -> throw new UsageError("unknown format '" + f + "': use pdf, html or pdf,html");
            }
        }
        return set;
    }

    private PageSize parsePageSize() {
        if (pageSize == null) {
            return null;
        }
        return switch (pageSize.toLowerCase(Locale.ROOT)) {
            case "a4" -> PageSize.A4;
            case "letter" -> PageSize.LETTER;
            default -> throw new UsageError("unknown page size '" + pageSize + "': use a4 or letter");
        };
    }

    /** One source and the folder its outputs go to. */
    record Job(Path input, Path outDir) {}

    /** A mistake in how the command was called: exit code 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"renderer " + (version == null ? "development" : version)};
        }
    }
}
