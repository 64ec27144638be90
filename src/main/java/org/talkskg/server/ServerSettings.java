package org.talkskg.server;

import java.util.Objects;

/**
 * How the server listens and how long a query may run.
 *
 * @param port                  TCP port; 0 picks a free one
 * @param host                  address to bind; the loopback address keeps the server private to this machine
 * @param queryTimeoutSeconds   a query still running after this is cancelled
 */
public record ServerSettings(int port, String host, int queryTimeoutSeconds) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 10;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (queryTimeoutSeconds < 1) {
            throw new IllegalArgumentException("query timeout must be at least 1 second, not " + queryTimeoutSeconds);
        }
    }
}
