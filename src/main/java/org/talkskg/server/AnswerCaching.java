package org.talkskg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.talkskg.HeldBackResponse;

/**
 * HTTP caching for the queries of a graph that cannot change while it is served.
 * <p>
 * An answer depends only on the data, the query and how it was asked (Accept, and every other
 * parameter such as {@code default-graph-uri}), so these, hashed, give a strong ETag: a client
 * that sends it back in {@code If-None-Match} gets 304 without the query being run, and answers
 * carry {@code Cache-Control: public, max-age=}{@value #MAX_AGE_SECONDS} instead of Fuseki's
 * {@code no-store}. With a {@link ResultCache}, the answers themselves are kept too, and a repeated
 * query is answered without running it or waiting for a turn. The query text is parsed and
 * written out again by Jena first, so a change of layout or comments does not miss the cache. A
 * query that calls NOW(), RAND(), UUID(), STRUUID() or BNODE() is neither kept nor validated.
 */
final class AnswerCaching extends HttpFilter {

    static final int MAX_AGE_SECONDS = 300;

    private static final String SPARQL_QUERY = "application/sparql-query";
    /**
     * Functions whose value changes from one run to the next: a query that calls one has no
     * answer to keep or validate. Matched in the query as Jena writes it out, so a false match
     * (such as the word in a string) only costs a cache miss.
     */
    private static final Pattern VOLATILE = Pattern.compile("\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(", Pattern.CASE_INSENSITIVE);
    /** Headers of Fuseki's that would forbid caching; this filter decides them instead. */
    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "pragma", "expires");

    /** How many query texts, exactly as sent, the filter remembers the normalised key of. */
    private static final int REMEMBERED_TEXTS = 10_000;

    private final String dataVersion;
    private final ResultCache cache;
    /**
     * The key of a request as it came, byte for byte, to its normalised key: a client that sends the
     * same text again (a script, a saved query) is not parsed again, which is most of a cache hit's cost.
     */
    private final Map<String, String> normalisedKeys = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_TEXTS;
        }
    });

    /**
     * @param dataVersion names the graph's content: it changes whenever the content does
     * @param cache       where answers are kept, or {@code null} to keep none (validators only)
     */
    AnswerCaching(String dataVersion, ResultCache cache) {
        this.dataVersion = dataVersion;
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = request.getMethod().equals("GET");
        boolean post = request.getMethod().equals("POST");
        if (!get && !post) {
            chain.doFilter(request, response);
            return;
        }
        ReplayableRequest replayable = new ReplayableRequest(request);
        boolean bodyIsQuery = post && request.getContentType() != null && request.getContentType().startsWith(SPARQL_QUERY);
        String queryText = bodyIsQuery ? replayable.bodyText() : request.getParameter("query");
        String key = queryText == null || request.getParameter("update") != null ? null : key(queryText, request);
        if (key == null) {
            chain.doFilter(replayable, response);
            return;
        }
        String etag = "\"" + key.substring(0, 32) + "\"";
        if (matches(request.getHeader("If-None-Match"), etag)) {
            setCacheHeaders(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        ResultCache.Answer cached = cache == null ? null : cache.get(key).orElse(null);
        if (cached != null) {
            send(response, cached, etag);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(replayable, capture);
        if (capture.passedThrough) {
            return;
        }
        ResultCache.Answer answer = capture.answer();
        if (capture.status == HttpServletResponse.SC_OK) {
            if (cache != null) {
                cache.put(key, answer);
            }
            send(response, answer, etag);
        } else {
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(answer.body());
        }
    }

    /** The hash of everything the answer depends on; null if the text is not a query (the servlet then says why). */
    private String key(String queryText, HttpServletRequest request) {
        String asSent = hash(queryText, request);
        String known = normalisedKeys.get(asSent);
        if (known != null) {
            return known;
        }
        String normalised;
        try {
            normalised = QueryFactory.create(queryText).serialize();
        } catch (QueryException e) {
            return null;
        }
        if (VOLATILE.matcher(normalised).find()) {
            return null;
        }
        String key = hash(normalised, request);
        normalisedKeys.put(asSent, key);
        return key;
    }

    /** SHA-256 of the data version, the query text, the headers that choose the format and every other parameter. */
    private String hash(String queryText, HttpServletRequest request) {
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.remove("query");
        StringBuilder what = new StringBuilder(dataVersion).append('\n').append(queryText).append('\n')
                .append(request.getHeader("Accept")).append('\n').append(request.getHeader("Accept-Charset"));
        parameters.forEach((name, values) -> what.append('\n').append(name).append('=').append(String.join("\u0000", values)));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static void send(HttpServletResponse response, ResultCache.Answer answer, String etag) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        setCacheHeaders(response, etag);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static void setCacheHeaders(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        response.setHeader("Vary", "Accept");
    }

    /**
     * Keeps the body of the answer back, and the headers that would forbid caching out, so the
     * filter can decide both once the answer is complete. An error sent with sendError goes
     * through as it is.
     */
    private static final class Capture extends HeldBackResponse {

        private final Map<String, String> kept = new TreeMap<>();
        private int status = SC_OK;
        private boolean passedThrough;

        Capture(HttpServletResponse response) {
            super(response);
        }

        ResultCache.Answer answer() {
            return new ResultCache.Answer(getContentType(), Map.copyOf(kept), heldBody());
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
            super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedThrough = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            passedThrough = true;
            super.sendError(status);
        }

        @Override
        public void setHeader(String name, String value) {
            if (CACHE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                return;
            }
            if (name.equalsIgnoreCase(GuardedQuery.TRUNCATED_HEADER)) {
                kept.put(name, value);
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!CACHE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                super.addHeader(name, value);
            }
        }
    }
}
