package org.handout.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.Limits;
import org.handout.source.SourceText;

/**
 * One request's Markdown and the files it brought. The files go to a temporary folder of the request's own, which
 * is the source's folder for the render: its images resolve there and nowhere else. {@link #close} deletes it.
 * A body is either the Markdown itself ({@code text/markdown}) or {@code multipart/form-data} with a part named
 * {@code source} and, for every other file, a part whose file name is its path relative to the source.
 */
final class Submission implements AutoCloseable {
    /** More parts than any handout has images; Jetty's parser stops at this many. */
    private static final int MAX_PARTS = 200;
    /** Parts up to this size stay in memory; larger ones are written to the request's folder as they arrive. */
    private static final long IN_MEMORY_BYTES = 64 << 10;

    private final Path temporary;
    private final Path folder;
    private final String name;
    private final byte[] source;

    private Submission(Path temporary, Path folder, String name, byte[] source) {
        this.temporary = temporary;
        this.folder = folder;
        this.name = name;
        this.source = source;
    }

    /** Reads the body, or refuses it (4xx) with the folder already deleted. */
    static Submission read(Request request, String defaultName, Limits limits, ServerSettings settings) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mimeType = contentType == null ? ""
                : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Path temporary = createFolder(settings.workFolder());
        try {
            Path files = Files.createDirectory(temporary.resolve("files"));
            Submission submission = switch (mimeType) {
                case "text/markdown", "text/plain" -> new Submission(temporary, files, defaultName,
                        markdown(request, contentType, limits));
                case "multipart/form-data" -> multipart(request, contentType, temporary, files, defaultName, limits,
                        settings.maxRequestBytes());
                default -> throw HttpError.of(415, "send the Markdown as text/markdown; charset=utf-8, or as "
                        + "multipart/form-data with its images");
            };
            checkUtf8(submission);
            return submission;
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    String name() {
        return name;
    }

    byte[] source() {
        return source;
    }

    /** The source's folder, holding the files that came with it. */
    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        delete(temporary);
    }

    private static byte[] markdown(Request request, String contentType, Limits limits) {
        String charset = MimeTypes.getCharsetFromContentType(contentType);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw HttpError.of(415, "the Markdown must be UTF-8, not " + charset);
        }
        long limit = limits.inputBytes();
        if (request.getLength() > limit) {
            throw tooLarge(request.getLength() + " bytes", limit, "--max-input-bytes");
        }
        byte[] bytes;
        try (InputStream in = Request.asInputStream(request)) {
            bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw HttpError.of(400, "the request body could not be read to its end");
        }
        if (bytes.length > limit) {
            throw tooLarge("more than " + limit + " bytes", limit, "--max-input-bytes");
        }
        return bytes;
    }

    private static Submission multipart(Request request, String contentType, Path temporary, Path files,
            String defaultName, Limits limits, long maxRequestBytes) throws IOException {
        if (request.getLength() > maxRequestBytes) {
            throw tooLarge(request.getLength() + " bytes", maxRequestBytes, "--max-request-bytes");
        }
        MultiPartConfig config = new MultiPartConfig.Builder().location(Files.createDirectory(temporary.resolve("parts")))
                .maxParts(MAX_PARTS).maxSize(maxRequestBytes).maxMemoryPartSize(IN_MEMORY_BYTES).build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, contentType, config);
        } catch (RuntimeException e) {
            if (Request.getContentBytesRead(request) > maxRequestBytes) {
                throw tooLarge("more than " + maxRequestBytes + " bytes", maxRequestBytes, "--max-request-bytes");
            }
            throw HttpError.of(400, "the multipart/form-data body cannot be read: it is malformed, or has more than "
                    + MAX_PARTS + " parts");
        }
        try (parts) {
            MultiPart.Part source = parts.getFirst("source");
            if (source == null) {
                throw HttpError.of(400, "the multipart/form-data body has no part named 'source' with the Markdown");
            }
            if (source.getLength() > limits.inputBytes()) {
                throw tooLarge(source.getLength() + " bytes", limits.inputBytes(), "--max-input-bytes");
            }
            for (MultiPart.Part part : parts) {
                if (part != source) {
                    save(part, files);
                }
            }
            String name = source.getFileName() == null ? defaultName : UploadNames.checked(source.getFileName(), false);
            return new Submission(temporary, files, name, bytes(Content.Source.asByteBuffer(source.createContentSource())));
        }
    }

    private static void save(MultiPart.Part part, Path files) throws IOException {
        if (part.getFileName() == null) {
            throw HttpError.of(400, "part '" + part.getName() + "' has no file name: every part but 'source' is a "
                    + "file, saved under its file name");
        }
        Path file = UploadNames.resolve(files, part.getFileName());
        if (Files.exists(file)) {
            throw HttpError.of(400, "two files are named '" + part.getFileName() + "'");
        }
        Files.createDirectories(file.getParent());
        part.writeTo(file);
    }

    /** Invalid UTF-8 is the request's fault (400), not the document's: the reader's own check says where. */
    private static void checkUtf8(Submission submission) {
        try {
            SourceText.decode(submission.source, new Diagnostics(submission.name));
        } catch (RenderFailure failure) {
            throw new HttpError(Problems.failure(400, failure.diagnostics(), submission.folder));
        }
    }

    private static HttpError tooLarge(String size, long limit, String option) {
        return HttpError.of(413, "the request has " + size + ", more than the limit of " + limit + " (" + option + ")");
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Path createFolder(Path parent) {
        try {
            return Files.createTempDirectory(parent, "handout-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Nothing to report to the client; the folder lies in the temporary area, which the system clears.
        }
    }
}
