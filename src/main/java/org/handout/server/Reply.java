package org.handout.server;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A whole response, made before anything is sent, so that a failure half-way never leaves a half-written body. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json";

    static Reply json(int status, Map<String, ?> object) {
        return new Reply(status, JSON, Json.of(object).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code {"errors":[{"message":…}]}}: the body of every refusal that is not about a line of the source. */
    static Reply error(int status, String message) {
        return json(status, Map.of("errors", List.of(Map.of("message", message))));
    }

    /** A file to save, named for the browser in ASCII and, exactly, in RFC 6266's UTF-8 form. */
    static Reply attachment(String contentType, byte[] body, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return new Reply(200, contentType, body, Map.of("Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact));
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }

    void send(Response response, Callback callback) {
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, contentType.equals(JSON) ? JSON + "; charset=utf-8" : contentType);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        headers.forEach(fields::put);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
