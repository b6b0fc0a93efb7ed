package org.handout.server;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The body of the errors Jetty answers itself (a malformed request, headers too large, a request during shutdown):
 * the same JSON as ours, instead of Jetty's HTML page. A server error never shows its exception's text.
 */
final class JsonErrors implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            message = message != null ? message : http.getReason();
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
            message = "the server is stopping";
        } else if (status >= 500 || message == null) {
            message = HttpStatus.getMessage(status);
        }
        Reply.error(status, message).send(response, callback);
        return true;
    }
}
