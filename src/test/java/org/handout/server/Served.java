package org.handout.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.handout.render.Limits;
import org.handout.render.RenderOptions;
import org.handout.theme.HouseStyle;

/** A real server on a free loopback port, the JDK's HTTP client to talk to it, and what it logged. */
final class Served implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final HandoutServer server;
    final URI uri;
    final StringWriter log = new StringWriter();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Served(ServerSettings settings) throws IOException {
        server = HandoutServer.start(settings, new PrintWriter(log, true));
        uri = server.uri();
    }

    static Served start(ServerSettings settings) throws IOException {
        return new Served(settings);
    }

    /** Loopback, a free port, two renders, the documented defaults; files under {@code work}. */
    static Settings settings(Path work) {
        return new Settings(work);
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<byte[]> post(String path, Multipart form, String... headers) throws IOException, InterruptedException {
        return post(path, form.contentType(), form.bytes(), headers);
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        server.close();
    }

    /** The settings a test changes, over the defaults of {@code renderer serve}. */
    static final class Settings {
        private final Path work;
        private String token;
        private int renders = 2;
        private Duration queueWait = Duration.ofSeconds(ServerSettings.DEFAULT_QUEUE_WAIT_SECONDS);
        private Duration renderTimeout = Duration.ofSeconds(ServerSettings.DEFAULT_RENDER_TIMEOUT_SECONDS);
        private long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;
        private Limits limits = Limits.defaults();
        private HouseStyle theme;

        private Settings(Path work) {
            this.work = work;
        }

        Settings token(String value) {
            token = value;
            return this;
        }

        Settings renders(int count, Duration wait) {
            renders = count;
            queueWait = wait;
            return this;
        }

        Settings renderTimeout(Duration value) {
            renderTimeout = value;
            return this;
        }

        Settings maxRequestBytes(long value) {
            maxRequestBytes = value;
            return this;
        }

        Settings limits(Limits value) {
            limits = value;
            return this;
        }

        /** {@code renderer serve --theme}: every request's house style. */
        Settings theme(HouseStyle value) {
            theme = value;
            return this;
        }

        ServerSettings build() {
            // As Main gives them: the defaults, with the theme (and no front matter's) when serve is given one.
            RenderOptions defaults = theme == null ? RenderOptions.defaults()
                    : RenderOptions.defaults().withTheme(theme, false);
            return new ServerSettings(InetAddress.getLoopbackAddress(), 0, token, renders, queueWait, renderTimeout,
                    maxRequestBytes, defaults, limits, work, false);
        }
    }
}
