package org.handout.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.handout.diagnostics.RenderFailure;
import org.handout.diagnostics.Severity;
import org.handout.render.Renderer;

/**
 * The four addresses: {@code GET /} (the editor), {@code GET /health}, {@code POST /render} (the API) and
 * {@code POST /preview} (the editor's live view). Every answer is made whole before it is sent; every refusal is
 * JSON; nothing but a one-line report (with the stack trace under --verbose) ever reaches the log.
 */
final class Routes extends Handler.Abstract {
    /** The editor draws this many pages; a longer document lists the rest of its reading order only. */
    static final int PAGES_DRAWN = 20;
    /** Pixels per point of the page pictures: 90 dpi, sharp enough beside the HTML preview. */
    private static final float PAGE_SCALE = 1.25f;

    private final ServerSettings settings;
    private final Gate gate;
    private final RenderPool pool;
    private final EditorPage editor;
    private final PrintWriter log;

    Routes(ServerSettings settings, PrintWriter log) {
        this.settings = settings;
        this.editor = new EditorPage(settings.defaults().theme());
        this.gate = new Gate(settings.token(), settings.host().isLoopbackAddress());
        this.pool = new RenderPool(settings.renders(), settings.queueWait(), settings.renderTimeout());
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Reply reply;
        try {
            gate.check(request);
            reply = route(request);
        } catch (HttpError e) {
            reply = e.reply();
        } catch (RuntimeException e) {
            reply = unexpected(request, e);
        }
        if (reply.status() >= 400 && reply.status() != 422) {
            if (reply.status() != 401) {
                discardRest(request);
            }
            // A refusal may leave the request's body unread, and Jetty then drops the connection; saying so lets
            // the client open a new one instead of sending its next request into a closed one.
            reply = reply.withHeader("Connection", "close");
        }
        reply.send(response, callback);
        return true;
    }

    /**
     * Reads and drops what is left of a refused request's body, up to --max-request-bytes. A client that sends its
     * whole body before it reads (HttpClient, curl) was still sending when the server closed, and TCP then reset the
     * connection: the client met a broken pipe instead of the refusal (ApiTest sends a body in pieces, as a slower
     * link does). A body beyond the bound, or one without the token (401), is not read: the connection closes.
     */
    private void discardRest(Request request) {
        try (InputStream rest = Content.Source.asInputStream(request)) {
            byte[] buffer = new byte[8192];
            for (long left = settings.maxRequestBytes(); left > 0; ) {
                int read = rest.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return;
                }
                left -= read;
            }
        } catch (IOException | RuntimeException e) {
            // The client has gone, or its body was malformed: the refusal is sent as far as it can go.
        }
    }

    private Reply route(Request request) {
        String method = request.getMethod();
        return switch (Request.getPathInContext(request)) {
            case "/" -> only("GET", method, editor::reply);
            case "/health" -> only("GET", method, this::health);
            case "/render" -> only("POST", method, () -> render(request));
            case "/preview" -> only("POST", method, () -> preview(request));
            default -> Reply.error(404, "no such address: use /, /health, /render or /preview");
        };
    }

    private static Reply only(String allowed, String method, java.util.function.Supplier<Reply> answer) {
        if (method.equals(allowed) || method.equals("HEAD") && allowed.equals("GET")) {
            return answer.get();
        }
        return Reply.error(405, "use " + allowed + " here").withHeader("Allow", allowed.equals("GET") ? "GET, HEAD" : allowed);
    }

    private Reply health() {
        Map<String, Object> renders = new LinkedHashMap<>();
        renders.put("running", pool.running());
        renders.put("limit", pool.size());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "ok");
        json.put("renders", renders);
        return Reply.json(200, json);
    }

    /** The API: the file itself, with the warnings as JSON in a header. */
    private Reply render(Request request) {
        RequestOptions options = RequestOptions.forRender(Request.extractQueryParameters(request), settings.defaults());
        Submission submission = Submission.read(request, options.sourceName(), settings.limits(), settings);
        Renderer.Result result;
        try {
            result = pool.run(() -> new Renderer(options.render(), settings.limits())
                    .render(submission.name(), submission.source(), submission.folder()), submission);
        } catch (RenderFailure failure) {
            return Problems.failure(422, failure.diagnostics(), submission.folder());
        }
        RequestOptions.Output output = options.output();
        byte[] body = output == RequestOptions.Output.HTML ? result.html().getBytes(StandardCharsets.UTF_8) : result.pdf();
        List<Map<String, Object>> warnings = Problems.of(result.diagnostics(), Severity.WARNING, submission.folder());
        String file = submission.name().replaceFirst("\\.(md|markdown|txt)$", "") + "." + output.extension;
        return Reply.attachment(output.contentType, body, file)
                .withHeader("Handout-Warnings", Problems.header(warnings))
                .withHeader("Handout-Warning-Count", String.valueOf(warnings.size()));
    }

    /** The editor's view: the HTML page, the PDF's reading order over its pages, and every diagnostic. */
    private Reply preview(Request request) {
        RequestOptions options = RequestOptions.forPreview(Request.extractQueryParameters(request), settings.defaults());
        Submission submission = Submission.read(request, options.sourceName(), settings.limits(), settings);
        try {
            return pool.run(() -> {
                Renderer.Result result = new Renderer(options.render(), settings.limits())
                        .render(submission.name(), submission.source(), submission.folder());
                Map<String, Object> json = new LinkedHashMap<>(readingOrder(result.pdf()).json());
                json.put("html", result.html());
                json.put("warnings", Problems.of(result.diagnostics(), Severity.WARNING, submission.folder()));
                return Reply.json(200, json);
            }, submission);
        } catch (RenderFailure failure) {
            return Problems.failure(422, failure.diagnostics(), submission.folder());
        }
    }

    private static ReadingOrder readingOrder(byte[] pdf) {
        try {
            return ReadingOrder.of(pdf, PAGES_DRAWN, PAGE_SCALE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jetty's own refusals (such as a malformed query) keep their status; anything else is a bug: 500. */
    private Reply unexpected(Request request, RuntimeException e) {
        if (e instanceof HttpException http && http.getCode() < 500) {
            return Reply.error(http.getCode(), http.getReason() == null ? "bad request" : http.getReason());
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        synchronized (log) {
            log.println("renderer: error: internal error in " + request.getMethod() + " "
                    + Request.getPathInContext(request) + " (" + cause.getClass().getSimpleName() + ")");
            if (settings.verbose()) {
                e.printStackTrace(log);
            }
        }
        return Reply.error(500, "internal error (" + cause.getClass().getSimpleName() + "); the server's log has a "
                + "line about it");
    }
}
