package org.talkskg.server;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself (a path that tries to climb out of the web root, an unknown
 * file, a URI too long) in plain UTF-8 text, like Fuseki's own errors, whatever the client
 * accepts; without stack traces. A 503 of Jetty's own (a context not available while the server
 * starts or stops, a servlet unavailable) says when to try again, with {@code Retry-After}, like
 * the 503s of the servlets ({@link RetryAfterFilter}) and of admission ({@link QueryAdmission}).
 */
final class PlainTextErrorHandler extends ErrorHandler {

    private final String retryAfterSeconds;

    /** @param retryAfterSeconds what a 503 says in {@code Retry-After} */
    PlainTextErrorHandler(int retryAfterSeconds) {
        this.retryAfterSeconds = Integer.toString(retryAfterSeconds);
        setShowStacks(false);
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; a refused PUT or DELETE deserves its reason too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
            List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        if (code == HttpStatus.SERVICE_UNAVAILABLE_503 && !response.getHeaders().contains(HttpHeader.RETRY_AFTER)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfterSeconds);
        }
        return super.generateAcceptableResponse(request, response, callback, MimeTypes.Type.TEXT_PLAIN.asString(),
                List.of(StandardCharsets.UTF_8), code, message, cause);
    }
}
