package org.handout.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

import org.handout.render.Limits;
import org.handout.render.RenderOptions;

/**
 * How {@code renderer serve} runs. Every request starts from {@code defaults}, the command line's render options,
 * and may override them with query parameters; {@code limits} are the command line's too. {@code token} null means
 * none is asked for (allowed on loopback only). Each request's files go to a folder of their own under
 * {@code workFolder}. {@code verbose} adds stack traces to the one-line reports of internal errors, and Jetty's
 * own warnings.
 */
public record ServerSettings(InetAddress host, int port, String token, int renders, Duration queueWait,
        Duration renderTimeout, long maxRequestBytes, RenderOptions defaults, Limits limits, Path workFolder,
        boolean verbose) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_QUEUE_WAIT_SECONDS = 3;
    public static final int DEFAULT_RENDER_TIMEOUT_SECONDS = 30;
    /** A source at its 2 MiB limit and one image at its 20 MiB limit, with room for a few small images. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 32L << 20;

    public ServerSettings {
        if (!host.isLoopbackAddress() && token == null) {
            throw new IllegalArgumentException("a server beyond loopback needs a token");
        }
    }
}
