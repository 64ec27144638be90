package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;

/** CORS: off by default (see KgServerTest), an allow-list when origins are given, never with credentials. */
class CorsTest {

    private static final String ALLOWED = "https://allowed.example";
    private static final String OTHER = "https://other.example";
    private static final String QUERY_URL = "kg/sparql?query=" + encode("SELECT * { ?s ?p ?o }");

    private static KgServer listed;
    private static KgServer any;
    private static KgServer off;

    @BeforeAll
    static void start() {
        listed = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), withCors(List.of(ALLOWED)));
        any = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), withCors(List.of("*")));
        off = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), withCors(List.of()));
    }

    @AfterAll
    static void stop() {
        listed.stop();
        any.stop();
        off.stop();
    }

    @Test
    void anAllowedOriginMayReadTheAnswer() throws Exception {
        HttpResponse<String> response = getFrom(listed, ALLOWED, QUERY_URL);

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of(ALLOWED), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Credentials"));
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-SPARQL-MaxRows"),
                response.headers().toString());
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> response = getFrom(listed, OTHER, QUERY_URL);

        assertEquals(200, response.statusCode());
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutCredentials() throws Exception {
        HttpResponse<String> response = preflight(listed, ALLOWED);

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of(ALLOWED), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), response.headers().toString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"),
                response.headers().toString());
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Credentials"));
    }

    @Test
    void aPreflightFromAnotherOriginIsNotAllowed() throws Exception {
        HttpResponse<String> response = preflight(listed, OTHER);

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Methods"));
    }

    @Test
    void aPageMayNotSendALogin() throws Exception {
        HttpResponse<String> response = preflight(listed, ALLOWED, "Authorization");

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Headers"));
    }

    @Test
    void aRefusalCarriesTheHeadersSoThePageCanReadWhy() throws Exception {
        HttpResponse<String> response = getFrom(listed, ALLOWED, "kg/sparql?query=" + encode("SELECT * WHERE { ?s ?p }"));

        assertEquals(400, response.statusCode());
        assertEquals(Optional.of(ALLOWED), response.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void everyOriginStillNeverMeansCredentials() throws Exception {
        HttpResponse<String> simple = getFrom(any, OTHER, QUERY_URL);
        HttpResponse<String> preflight = preflight(any, OTHER);

        assertTrue(simple.headers().firstValue("Access-Control-Allow-Origin").isPresent(), simple.headers().toString());
        assertEquals(Optional.empty(), simple.headers().firstValue("Access-Control-Allow-Credentials"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Credentials"));
    }

    @Test
    void offMeansNoPreflightAnswerEither() throws Exception {
        HttpResponse<String> response = preflight(off, ALLOWED);

        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Methods"));
    }

    private static ServerSettings withCors(List<String> origins) {
        return new ServerSettings(0, "127.0.0.1", 10).withCorsOrigins(origins);
    }

    private static HttpResponse<String> getFrom(KgServer server, String origin, String pathAndQuery) throws Exception {
        TestClient client = new TestClient(server.baseUrl());
        return client.send(client.request(pathAndQuery).header("Origin", origin));
    }

    private static HttpResponse<String> preflight(KgServer server, String origin) throws Exception {
        return preflight(server, origin, "Content-Type");
    }

    /** What a browser asks before a POST from a page of that origin with these headers. */
    private static HttpResponse<String> preflight(KgServer server, String origin, String headers) throws Exception {
        TestClient client = new TestClient(server.baseUrl());
        return client.send(client.request("kg/sparql")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", headers)
                .method("OPTIONS", BodyPublishers.noBody()));
    }
}
