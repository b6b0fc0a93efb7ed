package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import org.handout.render.Limits;
import org.handout.render.RenderOptions;
import org.handout.server.HandoutServer;
import org.handout.server.ServerSettings;

/**
 * {@code renderer serve}: checks the serve options and runs the server until it is stopped. A class of its own so
 * that a plain render never loads it, nor through it the server's classes.
 */
final class ServeCommand {
    private ServeCommand() {}

    static int run(Arguments arguments, RenderOptions defaults, Limits limits, PrintWriter out, PrintWriter err)
            throws IOException {
        InetAddress host = address(arguments.host);
        if (arguments.token != null && arguments.token.isBlank()) {
            throw new Main.UsageError("--token must not be empty");
        }
        if (!host.isLoopbackAddress() && arguments.token == null) {
            throw new Main.UsageError("--host " + arguments.host + " is reachable from other machines: give --token too");
        }
        if (arguments.port < 0 || arguments.port > 65_535) {
            throw new Main.UsageError("--port must be between 0 and 65535");
        }
        if (arguments.renders < 1 || arguments.queueWait < 0 || arguments.renderTimeout < 1
                || arguments.maxRequestBytes < 1) {
            throw new Main.UsageError("--renders, --render-timeout and --max-request-bytes must be positive, "
                    + "--queue-wait at least 0");
        }
        ServerSettings settings = new ServerSettings(host, arguments.port, arguments.token, arguments.renders,
                Duration.ofSeconds(arguments.queueWait), Duration.ofSeconds(arguments.renderTimeout),
                arguments.maxRequestBytes, defaults, limits, Path.of(System.getProperty("java.io.tmpdir")),
                arguments.verbose);
        return HandoutServer.run(settings, arguments.quiet ? null : out, err);
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new Main.UsageError("unknown host '" + host + "' for --host");
        }
    }
}
