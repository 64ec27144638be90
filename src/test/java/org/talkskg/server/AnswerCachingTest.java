package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.graph.LoadedGraph;

/** HTTP validators and the result cache of a read-only server, and their absence where the graph can change. */
class AnswerCachingTest {

    private static final String NAMES = "SELECT ?name { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name";
    private static final String CSV = "text/csv";

    @Test
    void aReadOnlyAnswerHasAStrongEtagAndMayBeCached() throws Exception {
        withServer(Fixtures.tinyGraph(), ServerSettings.DEFAULT_RESULT_CACHE_BYTES, client -> {
            HttpResponse<String> answer = client.send(client.request(query(NAMES)).header("Accept", CSV));

            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("name\r\nAlice\r\nBob\r\nMeeting\r\nPerson\r\nSpring meeting\r\n", answer.body());
            assertTrue(answer.headers().firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{32}\""), answer.headers().toString());
            assertEquals(Optional.of("public, max-age=300"), answer.headers().firstValue("Cache-Control"));
            assertEquals(Optional.empty(), answer.headers().firstValue("Pragma"));
            assertTrue(answer.headers().allValues("Vary").contains("Accept"), answer.headers().toString());
        });
    }

    @Test
    void theEtagSentBackGives304WithoutABody() throws Exception {
        withServer(Fixtures.tinyGraph(), ServerSettings.DEFAULT_RESULT_CACHE_BYTES, client -> {
            String etag = client.send(client.request(query(NAMES)).header("Accept", CSV)).headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = client.send(client.request(query(NAMES)).header("Accept", CSV).header("If-None-Match", etag));
            HttpResponse<String> other = client.send(client.request(query(NAMES)).header("Accept", CSV).header("If-None-Match", "\"0\""));

            assertEquals(304, again.statusCode());
            assertEquals("", again.body());
            assertEquals(Optional.of(etag), again.headers().firstValue("ETag"));
            assertEquals(200, other.statusCode());
        });
    }

    @Test
    void theEtagDependsOnTheFormatButNotOnTheLayoutOfTheQueryOrHowItIsSent() throws Exception {
        withServer(Fixtures.tinyGraph(), ServerSettings.DEFAULT_RESULT_CACHE_BYTES, client -> {
            String csv = client.send(client.request(query(NAMES)).header("Accept", CSV)).headers().firstValue("ETag").orElseThrow();
            String json = client.send(client.request(query(NAMES)).header("Accept", TestClient.JSON_RESULTS)).headers().firstValue("ETag").orElseThrow();
            String relaidOut = client.send(client.request(query("# names\n" + NAMES.replace(" ", "\n  "))).header("Accept", CSV))
                    .headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> posted = client.send(client.request("kg/sparql").header("Accept", CSV)
                    .header("Content-Type", "application/sparql-query")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(NAMES)));

            assertNotEquals(csv, json);
            assertEquals(csv, relaidOut);
            assertEquals(Optional.of(csv), posted.headers().firstValue("ETag"));
            assertEquals("name\r\nAlice\r\nBob\r\nMeeting\r\nPerson\r\nSpring meeting\r\n", posted.body());
        });
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheAndNoCacheRunsItAgain() throws Exception {
        // A store served read-only, changed behind the server's back: only a cached answer can still show the old data.
        for (long cacheBytes : new long[] {ServerSettings.DEFAULT_RESULT_CACHE_BYTES, 0}) {
            DatasetGraph store = DatasetGraphFactory.createTxnMem();
            add(store, "Alice");
            withServer(LoadedGraph.of(store), cacheBytes, client -> {
                String first = client.send(client.request(query(NAMES)).header("Accept", CSV)).body();
                add(store, "Bob");
                HttpResponse<String> second = client.send(client.request(query(NAMES)).header("Accept", CSV));

                assertEquals("name\r\nAlice\r\n", first);
                assertEquals(cacheBytes > 0 ? first : "name\r\nAlice\r\nBob\r\n", second.body(), "cache of " + cacheBytes + " bytes");
                assertTrue(second.headers().firstValue("ETag").isPresent(), "validators with or without the cache");
            });
        }
    }

    @Test
    void aQueryWhoseAnswerChangesFromRunToRunIsNeverCached() throws Exception {
        withServer(Fixtures.tinyGraph(), ServerSettings.DEFAULT_RESULT_CACHE_BYTES, client -> {
            String random = query("SELECT (STRUUID() AS ?id) {}");
            HttpResponse<String> first = client.send(client.request(random).header("Accept", CSV));
            HttpResponse<String> second = client.send(client.request(random).header("Accept", CSV));

            assertEquals(200, second.statusCode());
            assertNotEquals(first.body(), second.body());
            assertFalse(second.headers().firstValue("ETag").isPresent());
        });
    }

    @Test
    void errorsAreNotCachedAndTheRowBoundHeaderIsKept() throws Exception {
        withServer(Fixtures.tinyGraph(), ServerSettings.DEFAULT_RESULT_CACHE_BYTES, client -> {
            HttpResponse<String> broken = client.get(query("SELECT ?x WHERE { ?x ?y }"));
            assertEquals(400, broken.statusCode());
            assertFalse(broken.headers().firstValue("ETag").isPresent());
        });
        KgServer bounded = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10).withMaxResultRows(1));
        try {
            TestClient client = new TestClient(bounded.baseUrl());
            for (int time = 0; time < 2; time++) {
                HttpResponse<String> cut = client.send(client.request(query(NAMES)).header("Accept", CSV));
                assertEquals("name\r\nAlice\r\n", cut.body());
                assertEquals(Optional.of("1"), cut.headers().firstValue(GuardedQuery.TRUNCATED_HEADER), "answer " + time);
            }
        } finally {
            bounded.stop();
        }
    }

    private interface ClientCheck {
        void check(TestClient client) throws Exception;
    }

    private static void withServer(LoadedGraph graph, long cacheBytes, ClientCheck check) throws Exception {
        KgServer server = KgServer.start(graph, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10).withResultCacheBytes(cacheBytes));
        try {
            check.check(new TestClient(server.baseUrl()));
        } finally {
            server.stop();
        }
    }

    private static String query(String text) {
        return "kg/sparql?query=" + encode(text);
    }

    private static void add(DatasetGraph store, String name) {
        Txn.executeWrite(store, () -> store.add(NodeFactory.createURI("https://w3id.org/talks-kg/graph/data/people"),
                NodeFactory.createURI("urn:" + name), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString(name)));
    }
}
