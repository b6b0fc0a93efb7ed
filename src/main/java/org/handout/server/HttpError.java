package org.handout.server;

/** A request refused with a status and a JSON body; thrown from wherever the reason is found. */
final class HttpError extends RuntimeException {
    private final transient Reply reply;

    HttpError(Reply reply) {
        // No stack trace: this is an answer to a client, never a bug to be traced.
        super(null, null, false, false);
        this.reply = reply;
    }

    static HttpError of(int status, String message) {
        return new HttpError(Reply.error(status, message));
    }

    Reply reply() {
        return reply;
    }
}
