package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talkskg.server.TestClient.basicAuth;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.store.KgStore;

/** How long an update may run: past its bound it is cancelled whole, and the store takes the next one. */
class UpdateBoundsTest {

    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final int UPDATE_TIMEOUT_SECONDS = 1;
    /** Generous: the update must be answered long before this, but a slow machine must not fail the test. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path folder;

    private static KgStore store;
    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.copy(Fixtures.path("shacl/base.ttl"), data.resolve("base.ttl"));
        Path passwords = Files.writeString(Files.createTempFile("passwords", ""), "alice: wonderland\n");
        passwords.toFile().deleteOnExit();
        store = KgStore.open(folder.resolve("store"), new GraphFolders(Path.of("ontology"), data), false);
        server = KgServer.startWithUpdates(store, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10),
                UpdateAccess.of(passwords, List.of()), UpdateSettings.defaults().withTimeoutSeconds(UPDATE_TIMEOUT_SECONDS));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
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

    private static String countAll() throws Exception {
        return client.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).get(0);
    }

    private static HttpResponse<String> update(String update) throws Exception {
        return client.send(client.request("kg/update").timeout(CLIENT_TIMEOUT)
                .header("Authorization", basicAuth("alice", "wonderland"))
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(update)));
    }
}
