package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.basicAuth;
import static org.talkskg.server.TestClient.encode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.store.Change;
import org.talkskg.store.KgStore;

/**
 * Updates on a persistent store: only for the allowed users of the password file, only into
 * data graphs, only if the shapes still hold, and never fetching anything.
 */
class CuratedUpdatesTest {

    private static final String PREFIXES = "PREFIX tk: <https://w3id.org/talks-kg/ontology#>\n"
            + "PREFIX tkd: <https://w3id.org/talks-kg/id/>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final String ONTOLOGY = "https://w3id.org/talks-kg/graph/ontology/talks-kg";
    private static final String BASE = "https://w3id.org/talks-kg/graph/data/base";
    /** Breaks the evidence shape: a person with no tk:evidence. */
    private static final String PUTIN = "tkd:putin a tk:Person ; rdfs:label \"Vladimir Putin\"@en .";
    private static final String PUTIN_VIOLATION = "tkd:putin \"Vladimir Putin\"  tk:evidence: has no evidence: every fact"
            + " must point at the span of the article it comes from (tk:evidence)";

    @TempDir
    static Path folder;

    private static UpdatingServer updating;
    private static KgStore store;
    private static TestClient client;

    @BeforeAll
    static void start() throws IOException {
        updating = UpdatingServer.start(folder, List.of("alice"), UpdateSettings.defaults());
        store = updating.store();
        client = updating.client();
    }

    @AfterAll
    static void stop() {
        updating.stop();
    }

    @Test
    void anUpdateWithoutLoginIs401() throws Exception {
        String label = "anonymous";
        HttpResponse<String> response = client.post("kg/update", "application/sparql-update", insertLabel(label));

        assertEquals(401, response.statusCode());
        assertEquals(Optional.of("Basic realm=\"talks-kg\""), response.headers().firstValue("WWW-Authenticate"));
        assertEquals(List.of(), labelsInCurated(label));
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        String label = "wrong password";

        assertEquals(401, update("alice", "looking-glass", insertLabel(label)).statusCode());
        assertEquals(List.of(), labelsInCurated(label));
    }

    @Test
    void aUserNotAllowedToUpdateIs403() throws Exception {
        String label = "bob's";

        assertEquals(403, update("bob", "builder", insertLabel(label)).statusCode());
        assertEquals(List.of(), labelsInCurated(label));
    }

    @Test
    void anAllowedUserUpdates() throws Exception {
        String label = "alice's";

        assertEquals(204, update("alice", "wonderland", insertLabel(label)).statusCode());
        assertEquals(List.of(List.of(label)), labelsInCurated(label));
    }

    @Test
    void anAllowedUserUpdatesByFormToo() throws Exception {
        String label = "alice's form";
        HttpResponse<String> response = client.send(client.request("kg/update")
                .header("Authorization", basicAuth("alice", "wonderland"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("update=" + encode(insertLabel(label)))));

        assertEquals(200, response.statusCode());
        assertEquals(List.of(List.of(label)), labelsInCurated(label));
    }

    @Test
    void theGraphStoreTakesAGraphFromAnAllowedUserOnly() throws Exception {
        String graph = "https://w3id.org/talks-kg/graph/data/uploaded";
        String turtle = "<https://w3id.org/talks-kg/id/uploaded-note> <http://www.w3.org/2000/01/rdf-schema#label> \"uploaded\" .";

        assertEquals(401, client.send(put(graph, "text/turtle", turtle)).statusCode());
        assertEquals(403, client.send(put(graph, "text/turtle", turtle).header("Authorization", basicAuth("bob", "builder"))).statusCode());
        assertEquals(201, client.send(put(graph, "text/turtle", turtle).header("Authorization", basicAuth("alice", "wonderland"))).statusCode());
        HttpResponse<String> read = client.send(client.request("kg/get?graph=" + encode(graph)).header("Accept", "application/n-triples"));
        assertEquals(turtle, read.body().strip());
    }

    @Test
    void anUpdateThatBreaksTheShapesIs422WithTheViolationsAndChangesNothing() throws Exception {
        int changesBefore = store.changeLog().lastNumber();
        HttpResponse<String> response = update("alice", "wonderland",
                PREFIXES + "INSERT DATA { GRAPH <" + CURATED + "> { " + PUTIN + " } }");

        assertEquals(422, response.statusCode());
        assertEquals("Refused: the change would break the SHACL shapes (1 violation); nothing was changed.\n"
                + PUTIN_VIOLATION + "\n", response.body());
        assertEquals(List.of(), client.select(PREFIXES + "SELECT ?p { tkd:putin ?p ?o }"));
        assertEquals(changesBefore, store.changeLog().lastNumber());
    }

    @Test
    void aChangeSetOfSeveralOperationsLandsWholeAsOneChange() throws Exception {
        int changesBefore = store.changeLog().lastNumber();
        HttpResponse<String> response = update("alice", "wonderland", PREFIXES
                + "INSERT DATA { GRAPH <" + CURATED + "> { tkd:kellogg a tk:Person ; rdfs:label \"Keith Kellogg\"@en ;"
                + " tk:evidence <https://w3id.org/talks-kg/id/article#offset_27_35> } } ;\n"
                + "INSERT { GRAPH <" + CURATED + "> { ?talks rdfs:label \"Istanbul talks\"@en } } WHERE { ?talks a tk:Talks } ;\n"
                + "DELETE DATA { GRAPH <" + CURATED + "> { tkd:kellogg rdfs:label \"Keith Kellogg\"@en } } ;\n"
                + "INSERT DATA { GRAPH <" + CURATED + "> { tkd:kellogg rdfs:label \"Keith Kellogg, US envoy\"@en } }");

        assertEquals(204, response.statusCode(), response.body());
        assertEquals(List.of(List.of("Istanbul talks"), List.of("Keith Kellogg, US envoy"), List.of("Talks in Istanbul")),
                client.select(PREFIXES + "SELECT ?label { VALUES ?node { tkd:kellogg tkd:talks } ?node rdfs:label ?label }"
                        + " ORDER BY ?label"));
        assertEquals(changesBefore + 1, store.changeLog().lastNumber());
    }

    @Test
    void aChangeSetWithAnyOperationThatBreaksTheShapesIsRefusedWholeWithEveryViolation() throws Exception {
        int changesBefore = store.changeLog().lastNumber();
        HttpResponse<String> response = update("alice", "wonderland", PREFIXES
                + insertLabel("before the broken ones") + " ;\n"
                + "INSERT DATA { GRAPH <" + CURATED + "> { " + PUTIN + " } } ;\n"
                + "INSERT DATA { GRAPH <" + CURATED + "> { tkd:zelensky a tk:Person ;"
                + " tk:evidence <https://w3id.org/talks-kg/id/article#offset_27_35> } }");

        assertEquals(422, response.statusCode());
        assertEquals("Refused: the change would break the SHACL shapes (2 violations); nothing was changed.\n"
                + PUTIN_VIOLATION + "\n" + "tkd:zelensky  rdfs:label: has no rdfs:label\n", response.body());
        assertEquals(List.of(), labelsInCurated("before the broken ones"));
        assertEquals(List.of(), client.select(PREFIXES + "SELECT ?p { VALUES ?s { tkd:putin tkd:zelensky } ?s ?p ?o }"));
        assertEquals(changesBefore, store.changeLog().lastNumber());
    }

    @Test
    void aPatchLandsWholeAsOneChange() throws Exception {
        int changesBefore = store.changeLog().lastNumber();
        String patch = "TX .\n"
                + "A <https://w3id.org/talks-kg/id/witkoff> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                + " <https://w3id.org/talks-kg/ontology#Person> <" + CURATED + "> .\n"
                + "A <https://w3id.org/talks-kg/id/witkoff> <http://www.w3.org/2000/01/rdf-schema#label> \"Steve Witkoff\"@en <" + CURATED + "> .\n"
                + "A <https://w3id.org/talks-kg/id/witkoff> <https://w3id.org/talks-kg/ontology#evidence>"
                + " <https://w3id.org/talks-kg/id/article#offset_27_35> <" + CURATED + "> .\n"
                + "D <https://w3id.org/talks-kg/id/talks> <http://www.w3.org/2000/01/rdf-schema#label> \"Talks in Istanbul\"@en <" + BASE + "> .\n"
                + "A <https://w3id.org/talks-kg/id/talks> <http://www.w3.org/2000/01/rdf-schema#label> \"Talks in Türkiye\"@en <" + BASE + "> .\n"
                + "TC .\n";

        HttpResponse<String> response = patch("alice", "wonderland", patch);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(List.of("Steve Witkoff"), List.of("Talks in Türkiye")),
                client.select(PREFIXES + "SELECT ?label { { tkd:witkoff rdfs:label ?label } UNION"
                        + " { GRAPH <" + BASE + "> { tkd:talks rdfs:label ?label } } } ORDER BY ?label"));
        assertEquals(changesBefore + 1, store.changeLog().lastNumber());
        Change logged = store.changeLog().changes().get(store.changeLog().lastNumber() - 1);
        assertEquals(List.of("RDF Patch", "POST of an RDF Patch", 4, 1),
                List.of(logged.kind(), logged.request(), logged.added().size(), logged.removed().size()));
    }

    @Test
    void aPatchThatBreaksTheShapesIsRefusedWholeWithEveryViolation() throws Exception {
        int changesBefore = store.changeLog().lastNumber();
        String patch = "A <https://w3id.org/talks-kg/id/note> <http://www.w3.org/2000/01/rdf-schema#label> \"patched\" <" + CURATED + "> .\n"
                + "A <https://w3id.org/talks-kg/id/putin> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                + " <https://w3id.org/talks-kg/ontology#Person> <" + CURATED + "> .\n"
                + "A <https://w3id.org/talks-kg/id/putin> <http://www.w3.org/2000/01/rdf-schema#label> \"Vladimir Putin\"@en <" + CURATED + "> .\n";

        HttpResponse<String> response = patch("alice", "wonderland", patch);

        assertEquals(422, response.statusCode());
        assertEquals("Refused: the change would break the SHACL shapes (1 violation); nothing was changed.\n"
                + PUTIN_VIOLATION + "\n", response.body());
        assertEquals(List.of(), labelsInCurated("patched"));
        assertEquals(changesBefore, store.changeLog().lastNumber());
    }

    @Test
    void aPatchThatDoesNotParseWritesIntoTheOntologyOrAbortsChangesNothing() throws Exception {
        String added = "A <https://w3id.org/talks-kg/id/note> <http://www.w3.org/2000/01/rdf-schema#label> \"half a patch\" <" + CURATED + "> .\n";

        HttpResponse<String> unreadable = patch("alice", "wonderland", added + "A <urn:s> <urn:p> .\n");
        HttpResponse<String> ontology = patch("alice", "wonderland", added + "A <urn:s> <urn:p> <urn:o> <" + ONTOLOGY + "> .\n");
        HttpResponse<String> aborted = patch("alice", "wonderland", "TX .\n" + added + "TA .\n");

        assertEquals(400, unreadable.statusCode(), unreadable.body());
        assertEquals("RDF Patch does not parse, nothing was changed: [line: 2, col: 19] Input truncated by DOT: line too short\n",
                unreadable.body());
        assertEquals(400, ontology.statusCode(), ontology.body());
        assertTrue(ontology.body().startsWith("Cannot write into <" + ONTOLOGY + ">"), ontology.body());
        assertEquals(400, aborted.statusCode(), aborted.body());
        assertEquals("The patch ends with TA (abort): nothing was changed\n", aborted.body());
        assertEquals(List.of(), labelsInCurated("half a patch"));
        assertEquals(401, client.send(client.request("kg/patch").header("Content-Type", "application/rdf-patch")
                .POST(BodyPublishers.ofString(added))).statusCode());
    }

    private static HttpResponse<String> patch(String user, String password, String patch) throws Exception {
        return client.send(client.request("kg/patch")
                .header("Authorization", basicAuth(user, password))
                .header("Content-Type", "application/rdf-patch")
                .POST(BodyPublishers.ofString(patch)));
    }

    @Test
    void aGraphStoreWriteThatBreaksTheShapesIs422Too() throws Exception {
        HttpResponse<String> response = client.send(put("https://w3id.org/talks-kg/graph/data/people", "text/turtle",
                PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + PUTIN)
                .header("Authorization", basicAuth("alice", "wonderland")));

        assertEquals(422, response.statusCode());
        assertTrue(response.body().endsWith(PUTIN_VIOLATION + "\n"), response.body());
        assertEquals(List.of(), client.select(PREFIXES + "SELECT ?p { tkd:putin ?p ?o }"));
    }

    @Test
    void writesOutsideTheDataGraphsAreRefused() throws Exception {
        for (String update : List.of(
                "INSERT DATA { <urn:s> <urn:p> \"default\" }",
                "INSERT DATA { GRAPH <" + ONTOLOGY + "> { <urn:s> <urn:p> \"ontology\" } }",
                "DELETE WHERE { GRAPH <" + ONTOLOGY + "> { ?s ?p ?o } }",
                "DROP GRAPH <" + ONTOLOGY + ">",
                "DROP ALL",
                "CLEAR DEFAULT")) {
            HttpResponse<String> response = update("alice", "wonderland", update);

            assertEquals(400, response.statusCode(), update);
            assertTrue(response.body().startsWith("Cannot write into "), response.body());
            assertTrue(response.body().contains("updates write only into data graphs, named https://w3id.org/talks-kg/graph/data/..."),
                    response.body());
        }
        assertEquals(List.of(), client.select("SELECT ?s { ?s <urn:p> ?o }"));
        assertTrue(Integer.parseInt(client.select("SELECT (COUNT(*) AS ?n) { GRAPH <" + ONTOLOGY + "> { ?s ?p ?o } }").get(0).get(0)) > 0);
    }

    @Test
    void theGraphStoreRefusesTheDefaultGraphAndTheOntology() throws Exception {
        String triple = "<urn:s> <urn:p> \"x\" .";
        HttpResponse<String> toDefault = client.send(client.request("kg/data?default").header("Content-Type", "text/turtle")
                .header("Authorization", basicAuth("alice", "wonderland")).PUT(BodyPublishers.ofString(triple)));
        HttpResponse<String> toOntology = client.send(put(ONTOLOGY, "text/turtle", triple)
                .header("Authorization", basicAuth("alice", "wonderland")));

        assertEquals(400, toDefault.statusCode());
        assertTrue(toDefault.body().startsWith("Cannot write into the default graph"), toDefault.body());
        assertEquals(400, toOntology.statusCode());
        assertTrue(toOntology.body().startsWith("Cannot write into <" + ONTOLOGY + ">"), toOntology.body());
    }

    @Test
    void loadIsRefusedSoNothingIsRead() throws Exception {
        HttpResponse<String> response = update("alice", "wonderland", "LOAD <file:///etc/passwd> INTO GRAPH <" + CURATED + ">");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("LOAD <file:///etc/passwd> refused: the server reads nothing from the web or from files."),
                response.body());
    }

    @Test
    void serviceInAnUpdateIsRefused() throws Exception {
        HttpResponse<String> response = update("alice", "wonderland",
                "INSERT { GRAPH <" + CURATED + "> { ?s <urn:p> ?o } } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");

        assertEquals(422, response.statusCode());
        assertEquals("SERVICE <http://example.org/sparql> refused: this server sends no requests to other endpoints\n", response.body());
    }

    @Test
    void theGraphStoreTakesTurtleAndNTriplesOnly() throws Exception {
        String jsonld = "{ \"@context\": \"http://example.org/context.jsonld\", \"@id\": \"urn:s\", \"name\": \"x\" }";
        HttpResponse<String> response = client.send(put(CURATED, "application/ld+json", jsonld)
                .header("Authorization", basicAuth("alice", "wonderland")));

        assertEquals(415, response.statusCode());
        assertEquals("Send the graph as text/turtle or application/n-triples (got application/ld+json)\n", response.body());
    }

    @Test
    void readingNeedsNoLogin() throws Exception {
        assertTrue(Integer.parseInt(client.select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").get(0).get(0)) > 0);
        assertEquals(200, client.get("kg/get?graph=" + encode(ONTOLOGY)).statusCode());
    }

    @Test
    void answersOfAGraphThatTakesUpdatesAreNeverCached() throws Exception {
        HttpResponse<String> answer = client.get("kg/sparql?query=" + encode("ASK {}"));

        assertEquals(200, answer.statusCode());
        assertEquals(Optional.empty(), answer.headers().firstValue("ETag"));
        assertTrue(answer.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"), answer.headers().toString());
    }

    @Test
    void theDatasetItselfTakesNoUpdate() throws Exception {
        String label = "through the dataset";

        HttpResponse<String> response = client.post("kg", "application/sparql-update", insertLabel(label));

        assertEquals(400, response.statusCode());
        assertEquals("No endpoint for request\n", response.body());
        assertEquals(List.of(), labelsInCurated(label));
    }

    @Test
    void theStoreServedWithoutUpdatesShowsWhatWasCommittedAndTakesNothing() throws Exception {
        String label = "committed before";
        assertEquals(204, update("alice", "wonderland", insertLabel(label)).statusCode());
        KgServer readOnly = KgServer.start(store.graph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
        try {
            TestClient reader = new TestClient(readOnly.baseUrl());

            assertEquals(List.of(List.of(label)), reader.select("SELECT ?label { GRAPH <" + CURATED + "> {"
                    + " ?note <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER (?label = \"" + label + "\") } }"));
            assertEquals(405, reader.send(reader.request("kg/update").header("Authorization", basicAuth("alice", "wonderland"))
                    .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString(insertLabel("no")))).statusCode());
            assertEquals(405, reader.send(reader.request("kg/data?graph=" + encode(CURATED)).header("Content-Type", "text/turtle")
                    .PUT(BodyPublishers.ofString("<urn:s> <urn:p> \"no\" ."))).statusCode());
        } finally {
            readOnly.stop();
        }
    }

    @Test
    void aStoreThatBreaksTheShapesCannotTakeUpdates(@TempDir Path other) throws IOException {
        Path data = Files.createDirectories(other.resolve("data"));
        Files.copy(Fixtures.path("shacl/base.ttl"), data.resolve("base.ttl"));
        Files.copy(Fixtures.path("shacl/missing-evidence.ttl"), data.resolve("missing-evidence.ttl"));
        try (KgStore broken = KgStore.open(other.resolve("store"), new GraphFolders(Path.of("ontology"), data), false)) {
            UpdateAccess access = UpdateAccess.of(Files.writeString(other.resolve("passwords"), "alice: x\n"), List.of());

            ServerStartException error = assertThrows(ServerStartException.class,
                    () -> KgServer.startWithUpdates(broken, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10), access,
                            UpdateSettings.defaults()));

            assertEquals("The store does not conform to the SHACL shapes, so every update would be refused: 1 violation, the first: "
                    + PUTIN_VIOLATION + ". Fix the files (talks-kg validate), then serve --reload.", error.getMessage());
        }
    }

    @Test
    void aServerThatTakesUpdatesHasNoInferredView() throws Exception {
        // Its inferences would be made once and then miss every change.
        assertEquals(404, client.get("kg-inferred/sparql?query=" + encode("ASK {}")).statusCode());
    }

    private static String insertLabel(String label) {
        return "INSERT DATA { GRAPH <" + CURATED + "> { <https://w3id.org/talks-kg/id/note> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\" } }";
    }

    private static List<List<String>> labelsInCurated(String label) throws Exception {
        return client.select("SELECT ?label { GRAPH <" + CURATED + "> { ?note <http://www.w3.org/2000/01/rdf-schema#label> ?label"
                + " FILTER (?label = \"" + label + "\") } }");
    }

    private static HttpResponse<String> update(String user, String password, String update) throws Exception {
        return client.send(client.request("kg/update")
                .header("Authorization", basicAuth(user, password))
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(update)));
    }

    private static HttpRequest.Builder put(String graph, String contentType, String body) {
        return client.request("kg/data?graph=" + encode(graph)).header("Content-Type", contentType).PUT(BodyPublishers.ofString(body));
    }
}
