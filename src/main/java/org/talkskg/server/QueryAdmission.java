package org.talkskg.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Admission of queries: only so many run at once, so that each query's time bound measures its
 * own work rather than its share of all the others. The others wait in Jetty's {@link QoSHandler}
 * without holding a thread, in order of arrival, for at most the longest wait; past it they are
 * refused with 503 {@code Too busy} and {@code Retry-After}. Everything else (the UI, the Graph
 * Store, the status calls) is never held back.
 */
final class QueryAdmission extends QoSHandler {

    private final Duration maxWait;

    /**
     * @param queryPaths the request paths of the query endpoints, e.g. {@code /kg/sparql}
     * @param maxRunning how many queries run at once
     * @param maxWait    how long a query may wait for its turn
     */
    QueryAdmission(Handler next, Iterable<String> queryPaths, int maxRunning, Duration maxWait) {
        super(next);
        this.maxWait = maxWait;
        setMaxRequestCount(maxRunning);
        setMaxSuspend(maxWait);
        queryPaths.forEach(this::includePath);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(Math.max(1, maxWait.toSeconds())));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        String message = "Too busy: the query waited " + maxWait.toMillis() / 1000.0 + " s for its turn; try again later\n";
        response.write(true, StandardCharsets.UTF_8.encode(message), callback);
    }
}
