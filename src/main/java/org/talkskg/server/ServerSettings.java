package org.talkskg.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

import org.talkskg.admission.QueryLanes;
import org.talkskg.bounds.StringBound;

/**
 * How the server listens and what it lets a request do.
 *
 * @param port                TCP port; 0 picks a free one
 * @param host                address to bind; the loopback address keeps the server private to this machine
 * @param queryTimeoutSeconds a query still running after this is cancelled (updates have {@link UpdateSettings})
 * @param maxWaitSeconds      a query waiting this long for its turn to run, or an update for its turn to write, is refused (503)
 * @param maxResultRows       a SELECT result is cut after this many rows, and CONSTRUCT and
 *                            DESCRIBE use at most this many solutions of their WHERE clause
 * @param maxRequestBytes     a request body larger than this is refused
 * @param corsOrigins         the web origins whose pages may read the answers (CORS);
 *                            empty turns CORS off, {@code *} allows every origin
 * @param allowedServices     the only endpoints a {@code SERVICE} clause may call; empty
 *                            (the default) refuses every {@code SERVICE}
 * @param resultCacheBytes    how many bytes of answers a read-only server keeps to answer repeated
 *                            queries without running them; 0 keeps none
 * @param maxStringLength     the longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT)
 * @param connections         what a connection may take: idle time, slowest body, how many at once
 * @param lanes               how many long queries run at once, and when a query is long
 */
public record ServerSettings(int port, String host, int queryTimeoutSeconds, int maxWaitSeconds, int maxResultRows,
        int maxRequestBytes, List<String> corsOrigins, List<String> allowedServices, long resultCacheBytes,
        StringBound maxStringLength, ConnectionLimits connections, QueryLanes lanes) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 10;
    public static final int DEFAULT_MAX_RESULT_ROWS = 10_000;
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final long DEFAULT_RESULT_CACHE_BYTES = 64L * 1024 * 1024;
    /** Twenty times the longest literal of the shipped graph (the article text), and 2 MiB of heap at most per string. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

    /** Smallest request size bound: below it even an ordinary query would not fit. */
    private static final int MIN_REQUEST_BYTES = 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(maxStringLength, "maxStringLength");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(lanes, "lanes");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (queryTimeoutSeconds < 1) {
            throw new IllegalArgumentException("query timeout must be at least 1 second, not " + queryTimeoutSeconds);
        }
        if (maxWaitSeconds < 1) {
            throw new IllegalArgumentException("the longest wait for a turn must be at least 1 second, not " + maxWaitSeconds);
        }
        if (maxResultRows < 1) {
            throw new IllegalArgumentException("the result row limit must be at least 1, not " + maxResultRows);
        }
        if (maxRequestBytes < MIN_REQUEST_BYTES) {
            throw new IllegalArgumentException("the request size limit must be at least " + MIN_REQUEST_BYTES + " bytes, not " + maxRequestBytes);
        }
        if (resultCacheBytes < 0) {
            throw new IllegalArgumentException("the result cache size must be 0 or more bytes, not " + resultCacheBytes);
        }
        corsOrigins = List.copyOf(corsOrigins);
        corsOrigins.forEach(ServerSettings::checkOrigin);
        allowedServices = List.copyOf(allowedServices);
        allowedServices.forEach(ServerSettings::checkService);
    }

    /**
     * The given address and timeout, which also bounds the wait for a turn; every other bound at
     * its default, no CORS, no SERVICE, the default result cache.
     */
    public ServerSettings(int port, String host, int queryTimeoutSeconds) {
        this(port, host, queryTimeoutSeconds, queryTimeoutSeconds, DEFAULT_MAX_RESULT_ROWS, DEFAULT_MAX_REQUEST_BYTES, List.of(), List.of(),
                DEFAULT_RESULT_CACHE_BYTES, new StringBound(DEFAULT_MAX_STRING_LENGTH), ConnectionLimits.DEFAULTS, QueryLanes.DEFAULTS);
    }

    public ServerSettings withMaxWaitSeconds(int seconds) {
        return new ServerSettings(port, host, queryTimeoutSeconds, seconds, maxResultRows, maxRequestBytes, corsOrigins,
                allowedServices, resultCacheBytes, maxStringLength, connections, lanes);
    }

    public ServerSettings withMaxResultRows(int rows) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, rows, maxRequestBytes, corsOrigins,
                allowedServices, resultCacheBytes, maxStringLength, connections, lanes);
    }

    public ServerSettings withMaxRequestBytes(int bytes) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, bytes, corsOrigins,
                allowedServices, resultCacheBytes, maxStringLength, connections, lanes);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, maxRequestBytes, origins,
                allowedServices, resultCacheBytes, maxStringLength, connections, lanes);
    }

    public ServerSettings withAllowedServices(List<String> services) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, maxRequestBytes, corsOrigins,
                services, resultCacheBytes, maxStringLength, connections, lanes);
    }

    public ServerSettings withResultCacheBytes(long bytes) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, maxRequestBytes, corsOrigins,
                allowedServices, bytes, maxStringLength, connections, lanes);
    }

    public ServerSettings withMaxStringLength(int length) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, maxRequestBytes, corsOrigins,
                allowedServices, resultCacheBytes, new StringBound(length), connections, lanes);
    }

    public ServerSettings withConnections(ConnectionLimits limits) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, maxRequestBytes, corsOrigins,
                allowedServices, resultCacheBytes, maxStringLength, limits, lanes);
    }

    public ServerSettings withLanes(QueryLanes queryLanes) {
        return new ServerSettings(port, host, queryTimeoutSeconds, maxWaitSeconds, maxResultRows, maxRequestBytes, corsOrigins,
                allowedServices, resultCacheBytes, maxStringLength, connections, queryLanes);
    }

    /** An origin is what a browser sends in its Origin header: scheme, host and maybe port, nothing else. */
    private static void checkOrigin(String origin) {
        if (origin.equals("*")) {
            return;
        }
        URI uri = parse(origin);
        boolean valid = uri != null && isHttp(uri) && uri.getHost() != null && uri.getRawUserInfo() == null
                && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!valid) {
            throw new IllegalArgumentException("a CORS origin is * or scheme://host[:port], such as https://example.org, not '" + origin + "'");
        }
    }

    private static void checkService(String endpoint) {
        URI uri = parse(endpoint);
        if (uri == null || !isHttp(uri) || uri.getHost() == null) {
            throw new IllegalArgumentException("a SERVICE endpoint is an http or https URL, such as https://query.wikidata.org/sparql, not '" + endpoint + "'");
        }
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isHttp(URI uri) {
        return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
    }
}
