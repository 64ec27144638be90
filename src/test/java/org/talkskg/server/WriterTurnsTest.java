package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talkskg.server.TestClient.basicAuth;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers take turns, with a bounded wait: while one update holds the turn (a Cartesian product
 * that runs until its 3 s bound), another that waits past the 1 s wait for a turn is refused with
 * 503 and Retry-After, changing nothing, and queries answer all along.
 */
class WriterTurnsTest {

    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final int UPDATE_TIMEOUT_SECONDS = 3;
    private static final int MAX_WAIT_SECONDS = 1;

    @TempDir
    static Path folder;

    private static UpdatingServer updating;
    private static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        updating = UpdatingServer.start(folder, List.of(), UpdateSettings.defaults().withTimeoutSeconds(UPDATE_TIMEOUT_SECONDS),
                new ServerSettings(0, "127.0.0.1", 10).withMaxWaitSeconds(MAX_WAIT_SECONDS));
        client = updating.client();
    }

    @AfterAll
    static void stop() {
        updating.stop();
    }

    @Test
    void aWriterThatWaitsPastItsTurnIs503AndReadersNeverWait() throws Exception {
        CompletableFuture<HttpResponse<String>> holding = CompletableFuture.supplyAsync(() -> update(
                "INSERT { GRAPH <" + CURATED + "> { ?a <urn:p> ?g } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));

        // Until the slow update holds the turn, the small one still gets it: send it again until it has to wait.
        HttpResponse<String> waited;
        int attempt = 0;
        do {
            waited = update("INSERT DATA { GRAPH <" + CURATED + "> { <urn:note> <urn:attempt> " + attempt++ + " } }");
        } while (waited.statusCode() == 204 && !holding.isDone());
        List<List<String>> read = client.select("SELECT (COUNT(*) AS ?n) { <urn:note> <urn:attempt> ?attempt }");
        boolean readWhileWriting = !holding.isDone();

        assertEquals(503, waited.statusCode(), waited.body());
        assertEquals("Too busy: other changes have been writing for 1 s, so this one was not started and nothing was changed."
                + " Send it again.\n", waited.body());
        assertEquals(Optional.of("1"), waited.headers().firstValue("Retry-After"));
        assertEquals(List.of(List.of(Integer.toString(attempt - 1))), read);
        assertEquals(true, readWhileWriting, "the query was answered while the slow update held the turn");
        assertEquals(503, holding.get().statusCode(), "the slow update runs to its own bound");
    }

    private static HttpResponse<String> update(String update) {
        try {
            return client.send(client.request("kg/update").timeout(Duration.ofSeconds(30))
                    .header("Authorization", basicAuth("alice", "wonderland"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(BodyPublishers.ofString(update)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
