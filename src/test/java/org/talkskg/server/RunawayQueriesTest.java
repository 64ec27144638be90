package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.JSON_RESULTS;
import static org.talkskg.server.RegexThreads.BACKTRACKING;
import static org.talkskg.server.RegexThreads.TEXT;
import static org.talkskg.server.RegexThreads.noThreadIsStillMatching;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;

/**
 * Queries that would run or grow without end: the time bound really stops them (the thread is
 * free again, not only the client answered), and no query builds strings past the bound.
 */
class RunawayQueriesTest {

    private static final int TIMEOUT_SECONDS = 2;
    private static final int MAX_STRING_LENGTH = 1000;
    private static final String TIME_OUT = "Query timed out";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(),
                new ServerSettings(0, "127.0.0.1", TIMEOUT_SECONDS).withMaxStringLength(MAX_STRING_LENGTH).withResultCacheBytes(0));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aBacktrackingRegexIsStoppedByTheTimeBound() throws Exception {
        for (String query : List.of(
                "ASK { FILTER(REGEX(" + TEXT + ", " + BACKTRACKING + ")) }",
                "SELECT ?x { BIND(" + TEXT + " AS ?s) BIND(REPLACE(?s, " + BACKTRACKING + ", \"x\") AS ?x) }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { BIND(" + TEXT + " AS ?s) FILTER(fn:matches(?s, " + BACKTRACKING + ", \"i\")) }",
                "ASK { FILTER EXISTS { ?s ?p ?o FILTER(REGEX(CONCAT(" + TEXT + ", STR(?o)), " + BACKTRACKING + ")) } }")) {
            HttpResponse<String> response = query(query);

            assertEquals(503, response.statusCode(), query);
            assertTrue(response.body().contains(TIME_OUT), response.body());
            assertTrue(noThreadIsStillMatching(), "a thread is still matching after the answer to " + query);
        }
    }

    @Test
    void regularExpressionsStillMeanWhatTheyMeant() throws Exception {
        assertEquals(List.of(List.of("true", "h-ll-, w-rld", "Hello")), client.select(
                "SELECT ?i ?r ?g { BIND(\"hello, world\" AS ?s)"
                        + " BIND(REGEX(?s, \"^HEL+O\", \"i\") AS ?i)"
                        + " BIND(REPLACE(?s, \"[aeiou]\", \"-\") AS ?r)"
                        + " BIND(REPLACE(\"hello\", \"^(h)(.*)$\", \"H$2\") AS ?g) }"));
        assertEquals(List.of(List.of("x-y-z")), client.select(
                "SELECT (GROUP_CONCAT(?v; separator=\"-\") AS ?all) { VALUES ?v { \"x\" \"y\" \"z\" } }"));
    }

    @Test
    void aCallWithTheWrongNumberOfArgumentsFailsAsInArq() throws Exception {
        HttpResponse<String> response = query(
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?m { BIND(fn:matches(\"a\") AS ?m) }");

        // ARQ's own behaviour: an evaluation error, so ?m is left unbound in the one solution.
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("\"type\""), response.body());
    }

    @Test
    void noQueryBuildsAStringPastTheBound() throws Exception {
        String doubling = "SELECT ?s8 { BIND(\"abcdefghijklmnopqrstuvwxyz\" AS ?s0) BIND(CONCAT(?s0, ?s0) AS ?s1)"
                + " BIND(CONCAT(?s1, ?s1) AS ?s2) BIND(CONCAT(?s2, ?s2) AS ?s3) BIND(CONCAT(?s3, ?s3) AS ?s4)"
                + " BIND(CONCAT(?s4, ?s4) AS ?s5) BIND(CONCAT(?s5, ?s5) AS ?s8) }";
        assertRefused(doubling, "CONCAT would build a string of 1664 characters");
        assertRefused("SELECT ?r { BIND(REPLACE(\"" + "a".repeat(100) + "\", \"a\", \"0123456789abcdef\") AS ?r) }",
                "REPLACE would build a string of 1008 characters");
        assertRefused("SELECT (GROUP_CONCAT(DISTINCT ?t) AS ?all) { VALUES ?n { 1 2 3 4 5 6 7 8 9 10 11 12 } BIND(CONCAT(STR(?n), \""
                        + "x".repeat(90) + "\") AS ?t) }",
                "GROUP_CONCAT would build a string of 1013 characters");
    }

    @Test
    void functionsThatCouldEscapeTheBoundsAreNotOffered() throws Exception {
        for (String function : List.of("http://jena.apache.org/ARQ/function#wait", "http://jena.apache.org/ARQ/function#print",
                "http://www.w3.org/2005/xpath-functions#apply", "http://w3id.org/awslabs/neptune/SPARQL-CDTs/concat")) {
            HttpResponse<String> response = query("SELECT ?x { BIND(<" + function + ">(1000) AS ?x) }");

            assertEquals(400, response.statusCode(), function);
            assertTrue(response.body().startsWith("Function <" + function + "> is not offered here"), response.body());
        }
    }

    private static void assertRefused(String query, String message) throws Exception {
        HttpResponse<String> response = query(query);

        assertEquals(422, response.statusCode(), response.body());
        assertEquals(message + "; a query may build strings of at most " + MAX_STRING_LENGTH
                + " characters (serve --max-string-length)\n", response.body());
    }

    private static HttpResponse<String> query(String query) throws Exception {
        return client.send(client.request("kg/sparql?query=" + encode(query)).header("Accept", JSON_RESULTS)
                .timeout(Duration.ofSeconds(30)));
    }
}
