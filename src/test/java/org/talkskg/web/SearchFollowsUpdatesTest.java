package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talkskg.server.TestClient.basicAuth;
import static org.talkskg.server.TestClient.encode;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.TestClient;
import org.talkskg.server.UpdateAccess;
import org.talkskg.server.UpdateSettings;
import org.talkskg.store.KgStore;

/**
 * Search on a store served with updates agrees with the graph: what an update adds is found at
 * once, what it deletes no longer, a refused update changes nothing, and the next start, read-only
 * or with updates, finds what the store holds.
 */
class SearchFollowsUpdatesTest {

    private static final String PREFIXES = "PREFIX tkd: <https://w3id.org/talks-kg/id/>\n"
            + "PREFIX tk: <https://w3id.org/talks-kg/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final String WITKOFF = "https://w3id.org/talks-kg/id/steve-witkoff";

    @TempDir
    static Path folder;

    private static Path passwords;
    private static KgStore store;
    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws IOException {
        // Jetty keeps watching the password file after the server stops: keep it until the JVM ends.
        passwords = Files.writeString(Files.createTempFile("passwords", ""), "alice: wonderland\n");
        passwords.toFile().deleteOnExit();
        openStore();
        serveWithUpdates();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aNameAnUpdateAddsIsFoundAtOnceAndNoLongerOnceDeleted() throws Exception {
        String triple = "tkd:steve-witkoff skos:hiddenLabel \"Vitkoffsky\"@en .";

        assertEquals(204, update("INSERT DATA { GRAPH <" + CURATED + "> { " + triple + " } }").statusCode());
        assertEquals(List.of(List.of(WITKOFF, "the article's spelling", "Vitkoffsky")), found("Vitkoffsky"));
        assertEquals(List.of(List.of(WITKOFF)), client.select(PREFIXES + "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT ?entity { ?entity text:query (skos:hiddenLabel \"vitkoffsky\") }"));

        assertEquals(204, update("DELETE DATA { GRAPH <" + CURATED + "> { " + triple + " } }").statusCode());
        assertEquals(List.of(), found("Vitkoffsky"));
    }

    @Test
    void anUpdateTheShapesRefuseLeavesTheSearchAsItWas() throws Exception {
        // A person without evidence breaks the shapes: the whole update is refused.
        HttpResponse<String> refused = update("INSERT DATA { GRAPH <" + CURATED + "> {"
                + " tkd:steve-witkoff skos:altLabel \"Wetkoffin\"@en . tkd:nobody a tk:Person ; rdfs:label \"Zyxwvutsr\"@en } }");

        assertEquals(422, refused.statusCode());
        // Committed with the next change, the refused one's texts would show up after it.
        assertEquals(204, update("INSERT DATA { GRAPH <" + CURATED + "> { tkd:steve-witkoff skos:hiddenLabel \"Afterwardsky\"@en } }")
                .statusCode());
        assertEquals(List.of(List.of(WITKOFF, "the article's spelling", "Afterwardsky")), found("Afterwardsky"));
        assertEquals(List.of(), found("Zyxwvutsr"));
        assertEquals(List.of(), found("Wetkoffin"));
    }

    @Test
    void aGraphPutIsFoundAndWhatItReplacesIsNot() throws Exception {
        String graph = "https://w3id.org/talks-kg/graph/data/uploaded";

        assertEquals(201, put(graph, "<" + WITKOFF + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"Quixotical\"@en .").statusCode());
        assertEquals(List.of(List.of(WITKOFF, "other name", "Quixotical")), found("Quixotical"));

        assertEquals(200, put(graph, "<" + WITKOFF + "> <http://www.w3.org/2004/02/skos/core#altLabel> \"Donquixotical\"@en .").statusCode());
        assertEquals(List.of(), found("Quixotical"));
        assertEquals(List.of(List.of(WITKOFF, "other name", "Donquixotical")), found("Donquixotical"));
    }

    @Test
    void theNextStartFindsWhatTheStoreHolds() throws Exception {
        assertEquals(204, update("INSERT DATA { GRAPH <" + CURATED + "> { tkd:steve-witkoff skos:hiddenLabel \"Reopensky\"@en } }")
                .statusCode());

        restart(false);
        assertEquals(List.of(List.of(WITKOFF, "the article's spelling", "Reopensky")), found("Reopensky"));
        restart(true);
        assertEquals(List.of(List.of(WITKOFF, "the article's spelling", "Reopensky")), found("Reopensky"));
    }

    /** Serves the store again, read-only or with updates, as {@code serve --store} does after a stop. */
    private static void restart(boolean withUpdates) {
        server.stop();
        store.close();
        openStore();
        if (withUpdates) {
            serveWithUpdates();
        } else {
            server = KgServer.start(store.graph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
            client = new TestClient(server.baseUrl());
        }
    }

    /** The store; the first opening loads the shipped files into it. */
    private static void openStore() {
        store = KgStore.open(folder.resolve("store"), new GraphFolders(Path.of("ontology"), Path.of("data")), false);
    }

    /** Updates for alice. */
    private static void serveWithUpdates() {
        server = KgServer.startWithUpdates(store, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10),
                UpdateAccess.of(passwords, List.of("alice")), UpdateSettings.defaults());
        client = new TestClient(server.baseUrl());
    }

    /** Each result of the search as its IRI, what matched and the matched text. */
    private static List<List<String>> found(String search) throws Exception {
        HttpResponse<String> response = client.get("search.json?q=" + encode(search));
        assertEquals(200, response.statusCode(), response.body());
        List<List<String>> found = new ArrayList<>();
        for (JsonValue result : JSON.parse(response.body()).get("results").getAsArray()) {
            found.add(List.of(result.getAsObject().getString("iri"), result.getAsObject().getString("matchedIn"),
                    result.getAsObject().getString("snippet")));
        }
        return found;
    }

    private static HttpResponse<String> update(String update) throws Exception {
        return client.send(client.request("kg/update").header("Authorization", basicAuth("alice", "wonderland"))
                .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString(PREFIXES + update)));
    }

    private static HttpResponse<String> put(String graph, String turtle) throws Exception {
        return client.send(client.request("kg/data?graph=" + encode(graph)).header("Authorization", basicAuth("alice", "wonderland"))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)));
    }
}
