package org.talkskg.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads every request body whole before the request goes on, without holding a thread while it
 * waits for the bytes, and cuts a client that sends it too slowly.
 * <p>
 * The servlets read bodies blocking: a client that sends its body a byte a second would hold a
 * Jetty thread, and, having been let in by {@link QueryAdmission}, one of the few turns to run a
 * query, until the idle timeout. Here the bytes are collected as they come (Jetty calls back when
 * some arrive), and the request goes on, to admission and the servlets, only once all are there.
 * A body of N bytes must arrive within {@value ConnectionLimits#BODY_GRACE_SECONDS} s + N / the
 * minimum rate after its headers; a client still sending after that gets 408 and the connection
 * is closed. A client that stops sending altogether is closed by the connection's idle timeout.
 * <p>
 * A body larger than the size bound, or without a declared length, goes on unread:
 * {@link RequestLimitsFilter} refuses it at once.
 */
final class SlowBodyGuard extends Handler.Wrapper {

    private final long maxBodyBytes;
    private final ConnectionLimits limits;

    SlowBodyGuard(Handler next, long maxBodyBytes, ConnectionLimits limits) {
        super(next);
        this.maxBodyBytes = maxBodyBytes;
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length <= 0 || length > maxBodyBytes) {
            return super.handle(request, response, callback);
        }
        new BodyCollector(request, response, callback, (int) length).collect();
        return true;
    }

    /** Collects one request's body, then hands the request on with the body read from memory. */
    private final class BodyCollector {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteBuffer body;
        private final long deadlineNanos;

        BodyCollector(Request request, Response response, Callback callback, int length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.body = ByteBuffer.allocate(length);
            this.deadlineNanos = request.getHeadersNanoTime() + TimeUnit.MILLISECONDS.toNanos(allowedMillis(length));
        }

        /** Takes what has arrived; called again by Jetty, on a pool thread, whenever more does. */
        void collect() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::collect);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                body.put(chunk.getByteBuffer());
                chunk.release();
                if (chunk.isLast()) {
                    handOn();
                    return;
                }
                if (System.nanoTime() - deadlineNanos > 0) {
                    refuse("Request body too slow: its " + body.capacity() + " bytes had to arrive within "
                            + String.format(Locale.ROOT, "%.1f", allowedMillis(body.capacity()) / 1000.0) + " s (at least "
                            + limits.minRequestBytesPerSecond() + " bytes a second after the first "
                            + ConnectionLimits.BODY_GRACE_SECONDS + " s)");
                    return;
                }
            }
        }

        private void handOn() {
            try {
                if (!SlowBodyGuard.super.handle(new ReadRequest(request, body.flip()), response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable failure) {
                callback.failed(failure);
            }
        }

        /** The client went away, or sent nothing for the idle timeout. */
        private void failed(Throwable failure) {
            if (failure instanceof TimeoutException) {
                refuse("Request body timed out: nothing arrived for " + limits.idleTimeoutSeconds() + " s");
            } else {
                callback.failed(failure);
            }
        }

        /** The rest of the body is not read: the connection is closed after the answer. */
        private void refuse(String message) {
            response.setStatus(HttpStatus.REQUEST_TIMEOUT_408);
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.write(true, StandardCharsets.UTF_8.encode(message + "\n"), callback);
        }
    }

    private long allowedMillis(long length) {
        return TimeUnit.SECONDS.toMillis(ConnectionLimits.BODY_GRACE_SECONDS) + length * 1000 / limits.minRequestBytesPerSecond();
    }

    /** The request with its body, already read, given out from memory. */
    static final class ReadRequest extends Request.Wrapper {

        private final ByteBuffer body;
        private Content.Chunk next;

        ReadRequest(Request request, ByteBuffer body) {
            super(request);
            this.body = body.asReadOnlyBuffer();
            this.next = Content.Chunk.from(body, true);
        }

        /** The whole body, whether or not it has been read. */
        ByteBuffer body() {
            return body.duplicate();
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = next;
            next = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
