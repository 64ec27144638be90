package org.talkskg.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.talkskg.admission.RunningQueries;

/**
 * Admission of queries: only so many run at once, so that each query's time bound measures its
 * own work rather than its share of all the others. The others wait in Jetty's {@link QoSHandler}
 * without holding a thread, for at most the longest wait; past it they are refused with 503
 * {@code Too busy} and {@code Retry-After}. They wait in order of arrival, except that a request
 * sent before, byte for byte, whose query then ran long ({@link RunningQueries}) waits behind
 * all others: a client asking again and again for a heavy query cannot make a cheap one wait.
 * Everything else (the UI, the Graph Store, the status calls) is never held back.
 */
final class QueryAdmission extends QoSHandler {

    /** The request attribute that holds the digest of a query request ({@link RunningQueries#requestShape}). */
    static final String REQUEST_SHAPE = "org.talkskg.requestShape";
    private static final int KNOWN_LONG_PRIORITY = 0;
    private static final int OTHER_PRIORITY = 1;

    private final Duration maxWait;
    private final RunningQueries running;

    /**
     * @param queryPaths the request paths of the query endpoints, e.g. {@code /kg/sparql}
     * @param maxRunning how many queries run at once
     * @param maxWait    how long a query may wait for its turn
     * @param running    which requests ran long before
     * @param maxWaiting how many may wait at once: the connection limit, as each connection carries
     *                   one request at a time. Past it Jetty would answer a bare 503 without
     *                   Retry-After (its default is 1 024).
     */
    QueryAdmission(Handler next, Iterable<String> queryPaths, int maxRunning, Duration maxWait, RunningQueries running,
            int maxWaiting) {
        super(next);
        this.maxWait = maxWait;
        this.running = running;
        setMaxRequestCount(maxRunning);
        setMaxSuspendedRequestCount(maxWaiting);
        setMaxSuspend(maxWait);
        queryPaths.forEach(this::includePath);
    }

    @Override
    public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        SlowBodyGuard.ReadRequest read = Request.as(request, SlowBodyGuard.ReadRequest.class);
        ByteBuffer body = read == null ? ByteBuffer.allocate(0) : read.body();
        request.setAttribute(REQUEST_SHAPE, RunningQueries.requestShape(request.getMethod(), request.getHttpURI().getPathQuery(), body));
        return super.onConditionsMet(request, response, callback);
    }

    /** Asked only of requests that must wait: higher goes first. */
    @Override
    protected int getPriority(Request request) {
        return request.getAttribute(REQUEST_SHAPE) instanceof UUID shape && running.isKnownLong(shape)
                ? KNOWN_LONG_PRIORITY : OTHER_PRIORITY;
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
