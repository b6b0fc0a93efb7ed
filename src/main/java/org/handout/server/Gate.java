package org.handout.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who may ask. With a token, every request must present it ({@code Authorization: Bearer …}, or {@code ?token=…}
 * for the page a browser opens). On loopback, the Host header must name loopback, so that a web page whose name
 * was re-pointed at 127.0.0.1 (DNS rebinding) cannot read our answers; and a POST that a browser sends from
 * another site's page (its Origin names another host) is refused, so that no page can make us render on its behalf.
 */
final class Gate {
    private static final Pattern LOOPBACK_NAME = Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1]|::1");

    private final byte[] token;
    private final boolean loopback;

    Gate(String token, boolean loopback) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopback = loopback;
    }

    void check(Request request) {
        if (token != null && !presentsToken(request)) {
            throw new HttpError(Reply.error(401, "this server needs its token: send the header 'Authorization: "
                    + "Bearer TOKEN', or open the editor as /?token=TOKEN").withHeader("WWW-Authenticate", "Bearer"));
        }
        String host = request.getHttpURI().getHost();
        if (loopback && (host == null || !LOOPBACK_NAME.matcher(host).matches())) {
            throw HttpError.of(403, "this server answers only to localhost, 127.0.0.1 and [::1]");
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if ("POST".equals(request.getMethod()) && origin != null && !sameSite(origin, request)) {
            throw HttpError.of(403, "requests from the pages of other sites are refused");
        }
    }

    /** Whether the page that sent the request came from this server's own address (by any scheme: a TLS proxy). */
    private static boolean sameSite(String origin, Request request) {
        int authority = origin.indexOf("://");
        return authority > 0 && origin.substring(authority + 3).equalsIgnoreCase(request.getHeaders().get(HttpHeader.HOST));
    }

    private boolean presentsToken(Request request) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip()
                : Request.extractQueryParameters(request).getValue("token");
        // Constant time, so that the answer's timing does not reveal how much of a guess was right.
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
