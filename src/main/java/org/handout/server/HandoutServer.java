package org.handout.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code renderer serve}: the editor page and the HTTP API on one Jetty server. On SIGTERM (or {@link #close}) it
 * stops taking requests and lets running ones finish, renders included, for up to their time limit.
 */
public final class HandoutServer implements AutoCloseable {
    /** Jetty's threads: connections waiting for a render slot hold one each, so well above the slots. */
    private static final int MAX_THREADS = 200;
    /** A connection that sends or reads nothing for this long is closed, so slow clients cannot hold threads. */
    private static final long IDLE_TIMEOUT_MS = 30_000;

    private static final String JETTY_LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private final Server server;
    private final ServerConnector connector;

    private HandoutServer(ServerSettings settings, PrintWriter log) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
        threads.setName("serve");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty caches the header fields a connection repeats, and by default matches their values ignoring case:
        // "Bearer SECRET" after "Bearer secret" on one connection would read as the latter. Tokens are exact.
        http.setHeaderCacheCaseSensitive(true);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host().getHostAddress());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(new Routes(settings, log)));
        server.setErrorHandler(new JsonErrors());
        // Long enough for a request that has just taken the last slot to wait, render and answer.
        server.setStopTimeout(settings.queueWait().plus(settings.renderTimeout()).toMillis() + IDLE_TIMEOUT_MS);
        server.setStopAtShutdown(true);
    }

    /** Starts listening; {@code log} gets one line per internal error. */
    public static HandoutServer start(ServerSettings settings, PrintWriter log) throws IOException {
        // Page pictures are drawn with Java 2D; a server has no display.
        System.setProperty("java.awt.headless", "true");
        if (settings.verbose() && System.getProperty(JETTY_LOG_LEVEL) == null) {
            // Before Jetty's first logger: simplelogger.properties keeps its log off otherwise.
            System.setProperty(JETTY_LOG_LEVEL, "warn");
        }
        HandoutServer handout = new HandoutServer(settings, log);
        try {
            handout.server.start();
        } catch (Exception e) {
            handout.close();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot listen on " + settings.host().getHostAddress() + ":" + settings.port() + ": "
                    + cause.getMessage(), e);
        }
        return handout;
    }

    /** Runs until the process is stopped (Ctrl-C, SIGTERM); {@code out} null prints no greeting. */
    public static int run(ServerSettings settings, PrintWriter out, PrintWriter err) throws IOException {
        HandoutServer handout = start(settings, err);
        if (out != null) {
            out.println("Serving the editor at " + handout.uri() + " and the API at " + handout.uri().resolve("render")
                    + " (stop with Ctrl-C)");
        }
        try {
            handout.server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The address the server answers at, with the port it got when asked for port 0. */
    public URI uri() {
        String host = connector.getHost();
        boolean v6 = host.contains(":");
        return URI.create("http://" + (v6 ? "[" + host + "]" : host) + ":" + connector.getLocalPort() + "/");
    }

    /** Stops gracefully: no new requests, running ones finish. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        }
    }
}
