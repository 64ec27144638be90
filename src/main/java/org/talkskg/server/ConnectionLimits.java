package org.talkskg.server;

/**
 * What the server allows a connection, so that slow or idle clients cannot use up its threads,
 * its turns to run queries or its connections.
 *
 * @param idleTimeoutSeconds      a connection on which nothing arrives for this long, while the server
 *                                waits for a request or its body, is closed (a query running does not count)
 * @param minRequestBytesPerSecond a request body must arrive at this rate after a grace of
 *                                {@value #BODY_GRACE_SECONDS} s, or it is refused with 408 ({@link SlowBodyGuard})
 * @param maxConnections          connections open at once; further ones wait in the operating system's
 *                                accept queue until one closes
 */
public record ConnectionLimits(int idleTimeoutSeconds, int minRequestBytesPerSecond, int maxConnections) {

    /** Above the 10 s the project's own clients keep an idle connection, so that they close it first. */
    public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    /** Apache httpd's mod_reqtimeout uses the same rate: a 1 MiB body may take 35 minutes. */
    public static final int DEFAULT_MIN_REQUEST_BYTES_PER_SECOND = 500;
    /** Five times the 200 clients of the load test; each costs a file descriptor and some buffers, no thread. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;

    /** Time any body may take, however short: enough for a slow network, not for a client that dawdles. */
    public static final int BODY_GRACE_SECONDS = 5;

    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(DEFAULT_IDLE_TIMEOUT_SECONDS,
            DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, DEFAULT_MAX_CONNECTIONS);

    public ConnectionLimits {
        if (idleTimeoutSeconds < 1) {
            throw new IllegalArgumentException("the idle timeout must be at least 1 second, not " + idleTimeoutSeconds);
        }
        if (minRequestBytesPerSecond < 1) {
            throw new IllegalArgumentException("the minimum request rate must be at least 1 byte per second, not " + minRequestBytesPerSecond);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("the connection limit must be at least 1, not " + maxConnections);
        }
    }
}
