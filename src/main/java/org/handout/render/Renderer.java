package org.handout.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

import org.handout.citation.CitationOptions;
import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.RenderFailure;
import org.handout.diagnostics.Severity;
import org.handout.html.HtmlWriter;
import org.handout.model.Document;
import org.handout.model.Metadata;
import org.handout.model.SourcePos;
import org.handout.citation.CslJson;
import org.handout.model.BibliographyEntry;
import org.handout.model.ImageFile;
import org.handout.pdf.tagged.Attachment;
import org.handout.pdf.PdfWriter;
import org.handout.resources.ImageResolver;
import org.handout.resources.LinkTargets;
import org.handout.source.MarkdownReader;
import org.handout.source.SourceText;
import org.handout.theme.HouseStyle;
import org.handout.theme.ThemeFile;
import org.handout.transform.DisclaimerText;
import org.handout.transform.Transforms;

/**
 * Runs the pipeline for one source file: read, transform, write. Outputs go to a temporary file
 * in the target folder and are moved into place only when every output is complete, so a failed
 * render never leaves a partial file or harms an earlier good one.
 */
public final class Renderer {
    /**
     * Numbers the temporary files of this process. {@code Files.createTempFile} would draw their names from
     * {@code SecureRandom}, whose provider search costs a cold start about 20 ms; a name that another process
     * took already is passed over.
     */
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    private final RenderOptions options;
    private final Limits limits;

    public Renderer(RenderOptions options) {
        this(options, Limits.defaults());
    }

    public Renderer(RenderOptions options, Limits limits) {
        this.options = options;
        this.limits = limits;
    }

    /** The outputs of one document, in memory, plus every diagnostic. */
    public record Result(Document document, byte[] pdf, String html, List<Diagnostic> diagnostics) {}

    /**
     * Threads for a pool that renders many documents: a render called on one of them runs in place, on its large
     * stack, instead of on a thread of its own.
     */
    public static ThreadFactory renderThreads() {
        return BigStack.threads();
    }

    /** Renders in memory. Runs on a large-stack thread, so deep nesting cannot overflow the caller's. */
    public Result render(String sourceName, byte[] bytes, Path sourceFolder) throws RenderFailure {
        return BigStack.call(new BigStack.Task<>() {
            @Override
            public Result call() throws RenderFailure {
                return renderHere(sourceName, bytes, sourceFolder);
            }
        });
    }

    private Result renderHere(String sourceName, byte[] bytes, Path sourceFolder) throws RenderFailure {
        Diagnostics diagnostics = new Diagnostics(sourceName);
        if (bytes.length > limits.inputBytes()) {
            diagnostics.error(SourcePos.NONE, "the source has " + bytes.length + " bytes, more than the limit of "
                    + limits.inputBytes() + " (--max-input-bytes)");
            diagnostics.failOnErrors();
        }
        String text = SourceText.decode(bytes, diagnostics);
        Document document = MarkdownReader.read(sourceName, text, options.defaultLang(), limits.tableColumns(),
                diagnostics);
        Path root = options.resourceRoot() != null ? options.resourceRoot() : sourceFolder;
        document = ImageResolver.apply(document, sourceFolder, root, options.keepGoing(), diagnostics);
        document = Transforms.apply(document, disclaimerFile(diagnostics),
                new CitationOptions(options.csl(), sourceFolder, root), diagnostics);
        document = LinkTargets.check(document, sourceFolder, diagnostics);
        HouseStyle style = houseStyle(document.meta(), sourceName, sourceFolder, root, diagnostics);
        diagnostics.failOnErrors();
        byte[] pdf = options.formats().contains(Format.PDF)
                ? PdfWriter.write(document, options.pdf(), style,
                        options.pdf().archival() ? attachments(document, bytes) : List.of(), options.keepGoing(), diagnostics)
                : null;
        String html = options.formats().contains(Format.HTML) ? HtmlWriter.write(document, style, diagnostics) : null;
        List<Diagnostic> all = diagnostics.all();
        if (options.strict()) {
            all = promoteWarnings(all);
        }
        if (Diagnostics.anyError(all)) {
            throw new RenderFailure(all);
        }
        return new Result(document, pdf, html, all);
    }

    /**
     * The house style: the command line's, else the one the front matter names (read and checked here, before
     * any writer runs), else none.
     */
    private HouseStyle houseStyle(Metadata meta, String sourceName, Path folder, Path root, Diagnostics diagnostics) {
        if (options.theme() != null || meta.theme() == null) {
            return options.theme();
        }
        if (!options.frontMatterTheme()) {
            diagnostics.error(meta.themePos(), "a theme cannot be named here: its logo and fonts would be read from"
                    + " this machine's disk (render with the command line's --theme instead)");
            return null;
        }
        return ThemeFile.named(meta.theme(), meta.themePos(), sourceName, folder, root, diagnostics);
    }

    /** Renders {@code input} to {@code outDir/NAME.pdf} and {@code outDir/NAME.html}. */
    public Result renderFile(Path input, Path outDir) throws RenderFailure, IOException {
        String sourceName = input.toString();
        byte[] bytes = Files.readAllBytes(input);
        Path folder = input.toAbsolutePath().getParent();
        Result result = render(sourceName, bytes, folder);
        String name = input.getFileName().toString().replaceFirst("\\.(md|markdown|txt)$", "");
        if (!Files.isDirectory(outDir)) {
            // Not for every source of a batch: createDirectories throws, and catches, when the folder is there.
            Files.createDirectories(outDir);
        }
        List<Path> temporaries = new ArrayList<>();
        try {
            Path pdfTemp = result.pdf() == null ? null : temporary(outDir, name, result.pdf(), temporaries);
            Path htmlTemp = result.html() == null ? null
                    : temporary(outDir, name, result.html().getBytes(StandardCharsets.UTF_8), temporaries);
            if (pdfTemp != null) {
                moveIntoPlace(pdfTemp, outDir.resolve(name + ".pdf"));
            }
            if (htmlTemp != null) {
                moveIntoPlace(htmlTemp, outDir.resolve(name + ".html"));
            }
        } finally {
            for (Path temp : temporaries) {
                Files.deleteIfExists(temp);
            }
        }
        return result;
    }

    private static Path temporary(Path dir, String name, byte[] content, List<Path> temporaries) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "-" + Long.toHexString(System.nanoTime()) + "-"
                    + TEMPORARIES.incrementAndGet() + ".part");
            OutputStream out;
            try {
                // Created and written in one opening: ext4 flushes a file to disk when it is closed after being
                // truncated, as writing a file just created with Files.write (which truncates) would do.
                out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                continue; // Another renderer's: try the next name.
            }
            temporaries.add(temp);
            try (out) {
                out.write(content);
            }
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Temporary files are private; a published output is readable like any other file.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return temp;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What an archival PDF carries: the exact source bytes, its references as data, every image it shows. */
    private static List<Attachment> attachments(Document document, byte[] source) {
        List<Attachment> attachments = new ArrayList<>();
        String name = document.sourceName().replaceAll("^.*[/\\\\]", "");
        attachments.add(new Attachment(name, "text/markdown", "Source", "Markdown source of this document", source));
        String references = CslJson.of(BibliographyEntry.in(document.body()));
        if (references != null) {
            attachments.add(new Attachment("references.json", "application/vnd.citationstyles.csl+json", "Data",
                    "The references of this document as CSL-JSON", references.getBytes(StandardCharsets.UTF_8)));
        }
        for (ImageFile image : document.images().values()) {
            attachments.add(new Attachment(image.source(), image.kind().mimeType(), "Source",
                    "Image " + image.source() + " shown in this document", image.bytes()));
        }
        return attachments;
    }

    private DisclaimerText.File disclaimerFile(Diagnostics diagnostics) {
        if (options.disclaimerFile() == null) {
            return null;
        }
        try {
            return new DisclaimerText.File(options.disclaimerFile().toString(),
                    Files.readString(options.disclaimerFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            diagnostics.error(SourcePos.NONE, "cannot read the disclaimer file " + options.disclaimerFile() + ": " + e.getMessage());
            return null;
        }
    }

    private static List<Diagnostic> promoteWarnings(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.severity() == Severity.WARNING
                        ? new Diagnostic(Severity.ERROR, d.file(), d.line(), d.column(), d.message() + " (--strict)")
                        : d)
                .toList();
    }
}
