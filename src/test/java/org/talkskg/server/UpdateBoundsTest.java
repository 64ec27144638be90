package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.basicAuth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.store.KgStore;

/**
 * How long an update may run (past its bound it is cancelled whole, and the store takes the next
 * one) and how much of a graph it may delete without saying it means it.
 */
class UpdateBoundsTest {

    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final int UPDATE_TIMEOUT_SECONDS = 1;
    /** Generous: the update must be answered long before this, but a slow machine must not fail the test. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path folder;

    private static UpdatingServer updating;
    private static KgStore store;
    private static TestClient client;

    @BeforeAll
    static void start() throws IOException {
        updating = UpdatingServer.start(folder, List.of(), UpdateSettings.defaults().withTimeoutSeconds(UPDATE_TIMEOUT_SECONDS));
        store = updating.store();
        client = updating.client();
    }

    @AfterAll
    static void stop() {
        updating.stop();
    }

    @Test
    void anUpdateOverACartesianProductIsCancelledAndChangesNothing() throws Exception {
        String triplesBefore = countAll();

        HttpResponse<String> response = update("INSERT { GRAPH <" + CURATED + "> { ?a <urn:p> ?g } }"
                + " WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

        assertEquals(503, response.statusCode());
        assertEquals("Update timed out: still running after 1 s, so it was cancelled and nothing was changed. Split it into"
                + " smaller updates, or bind the variables of its WHERE clause more tightly.\n", response.body());
        assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
        assertEquals(countAll(), triplesBefore);
        assertEquals(List.of(List.of("0")), client.select("SELECT (COUNT(*) AS ?n) { ?s <urn:p> ?o }"));
        // The transaction was really ended: the next update takes the write lock and commits.
        assertEquals(204, update("INSERT DATA { GRAPH <" + CURATED + "> { <urn:s> <urn:q> \"after\" } }").statusCode());
        assertEquals(List.of(List.of("after")), client.select("SELECT ?o { <urn:s> <urn:q> ?o }"));
    }

    @Test
    void anUpdateWhoseWhereRunsABacktrackingRegexIsCancelledAtItsBoundAndItsThreadIsFree() throws Exception {
        String triplesBefore = countAll();
        long started = System.nanoTime();

        HttpResponse<String> response = update("INSERT { GRAPH <" + CURATED + "> { <urn:regex> <urn:q> ?o } }"
                + " WHERE { ?s ?p ?o FILTER(REGEX(CONCAT(" + RegexThreads.TEXT + ", STR(?o)), " + RegexThreads.BACKTRACKING + ")) }");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("Update timed out: still running after 1 s"), response.body());
        assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
        // The bound, and a few seconds for a busy machine: without the bound one match alone runs for hours.
        assertTrue(took.compareTo(Duration.ofSeconds(UPDATE_TIMEOUT_SECONDS + 5)) < 0, "answered after " + took);
        assertTrue(RegexThreads.noThreadIsStillMatching(), "a thread is still matching after the update was answered");
        assertEquals(triplesBefore, countAll());
        assertEquals(204, update("INSERT DATA { GRAPH <" + CURATED + "> { <urn:after-regex> <urn:q> \"after\" } }").statusCode());
    }

    @Test
    void anUpdateBuildingAStringPastTheBoundIs422AndChangesNothing() throws Exception {
        StringBuilder doubling = new StringBuilder("BIND(\"abcdefghijklmnopqrstuvwxyz\" AS ?s0)");
        for (int step = 1; step <= 16; step++) {
            doubling.append(" BIND(CONCAT(?s").append(step - 1).append(", ?s").append(step - 1).append(") AS ?s").append(step).append(")");
        }
        HttpResponse<String> response = update("INSERT { GRAPH <" + CURATED + "> { <urn:long> <urn:q> ?s16 } } WHERE { " + doubling + " }");

        assertEquals(422, response.statusCode());
        assertEquals("CONCAT would build a string of 1703936 characters; a query may build strings of at most 1048576"
                + " characters (serve --max-string-length); nothing was changed\n", response.body());
        assertEquals(List.of(), client.select("SELECT ?o { <urn:long> <urn:q> ?o }"));
    }

    @Test
    void anUpdateDeletingMostOfAGraphIs409UnlessConfirmed() throws Exception {
        String graph = "https://w3id.org/talks-kg/graph/data/bulk-update";
        assertEquals(201, put(graph, notes(20)).statusCode());
        int changesBefore = store.changeLog().lastNumber();
        String deleteMost = deleteNotes(graph, "?n > 5");

        HttpResponse<String> refused = update(deleteMost);

        assertEquals(409, refused.statusCode());
        assertEquals("Refused: the change would delete more than 50% of the triples of a data graph; nothing was changed."
                + " If that is what you mean, send it again with the header X-Confirm-Bulk-Delete: yes.\n"
                + "would delete <" + graph + ">: 14 of 20 triples\n", refused.body());
        assertEquals(List.of(List.of("20")), countIn(graph));
        assertEquals(changesBefore, store.changeLog().lastNumber());
        assertEquals(204, update(deleteMost, "yes").statusCode());
        assertEquals(List.of(List.of("6")), countIn(graph));
    }

    @Test
    void aGraphStoreDeleteOfAGraphIs409UnlessConfirmed() throws Exception {
        String graph = "https://w3id.org/talks-kg/graph/data/bulk-graph-store";
        assertEquals(201, put(graph, notes(12)).statusCode());

        HttpResponse<String> refused = client.send(authorized(client.request("kg/data?graph=" + TestClient.encode(graph))).DELETE());

        assertEquals(409, refused.statusCode());
        assertEquals("would delete <" + graph + ">: 12 of 12 triples", refused.body().lines().toList().get(1));
        assertEquals(List.of(List.of("12")), countIn(graph));
        assertEquals(204, client.send(authorized(client.request("kg/data?graph=" + TestClient.encode(graph)))
                .header("X-Confirm-Bulk-Delete", "yes").DELETE()).statusCode());
        assertEquals(List.of(List.of("0")), countIn(graph));
    }

    @Test
    void deletingAFewTriplesOrLessThanHalfNeedsNoConfirmation() throws Exception {
        String graph = "https://w3id.org/talks-kg/graph/data/small-deletes";
        assertEquals(201, put(graph, notes(30)).statusCode());

        // 10 of 30, then all 10 of the 20 that are > 10: neither is more than half of more than 10 triples.
        assertEquals(204, update(deleteNotes(graph, "?n < 10")).statusCode());
        assertEquals(204, update(deleteNotes(graph, "?n >= 20")).statusCode());
        assertEquals(List.of(List.of("10")), countIn(graph));
    }

    /**
     * A refusal at commit is an answer, not a fault: the server logs nothing for it. The
     * transaction used to be aborted twice (by the refusal, then by Fuseki's action), and the
     * second abort logged a WARN with a stack trace from jena-text, "Exception in abort".
     */
    @Test
    void aChangeRefusedAtCommitLogsNothing() throws Exception {
        String graph = "https://w3id.org/talks-kg/graph/data/refused-quietly";
        assertEquals(201, put(graph, notes(20)).statusCode());

        String logged = stderrDuring(() -> {
            assertEquals(409, update(deleteNotes(graph, "?n > 1")).statusCode());
            assertEquals(409, client.send(authorized(client.request("kg/data?graph=" + TestClient.encode(graph))).DELETE()).statusCode());
        });

        assertEquals("", logged);
        assertEquals(List.of(List.of("20")), countIn(graph));
        assertEquals(204, update(deleteNotes(graph, "?n = 0")).statusCode());
    }

    interface Requests {
        void send() throws Exception;
    }

    /** What is written to System.err (where the log goes) while the requests are sent and answered. */
    private static String stderrDuring(Requests requests) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            requests.send();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<List<String>> countIn(String graph) throws Exception {
        return client.select("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
    }

    private static String deleteNotes(String graph, String filter) {
        return "DELETE { GRAPH <" + graph + "> { ?s <https://example.org/n> ?n } }"
                + " WHERE { GRAPH <" + graph + "> { ?s <https://example.org/n> ?n FILTER (" + filter + ") } }";
    }

    /** Turtle of {@code count} notes, each with one number. */
    private static String notes(int count) {
        StringBuilder triples = new StringBuilder();
        for (int n = 0; n < count; n++) {
            triples.append("<https://example.org/note/").append(n).append("> <https://example.org/n> ").append(n).append(" .\n");
        }
        return triples.toString();
    }

    private static HttpResponse<String> put(String graph, String turtle) throws Exception {
        return client.send(authorized(client.request("kg/data?graph=" + TestClient.encode(graph)))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.timeout(CLIENT_TIMEOUT).header("Authorization", basicAuth("alice", "wonderland"));
    }

    private static String countAll() throws Exception {
        return client.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).get(0);
    }

    private static HttpResponse<String> update(String update) throws Exception {
        return client.send(authorized(client.request("kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(update)));
    }

    private static HttpResponse<String> update(String update, String confirmation) throws Exception {
        return client.send(authorized(client.request("kg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("X-Confirm-Bulk-Delete", confirmation)
                .POST(BodyPublishers.ofString(update)));
    }
}
