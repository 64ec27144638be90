package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talkskg.server.TestClient.JSON_RESULTS;
import static org.talkskg.server.TestClient.encode;
import static org.talkskg.server.TestClient.rows;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

/** The same questions on /kg (what the files state) and on /kg-inferred (with the inferences), over HTTP. */
class InferredEndpointTest {

    private static final String PREFIXES = "PREFIX tk: <https://w3id.org/talks-kg/ontology#>\n"
            + "PREFIX tkd: <https://w3id.org/talks-kg/id/>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String COUNT_ACTORS = PREFIXES + "SELECT (COUNT(*) AS ?actors) { ?actor a tk:Actor }";
    /** Who took part in the 2022 talks in Türkiye, asked from the meeting's side: the inverse of tk:inMeeting. */
    private static final String TURKIYE_2022 = PREFIXES + """
            SELECT ?who WHERE { tkd:talks-2022-turkiye tk:hasParticipation/tk:participant ?who } ORDER BY ?who
            """;
    private static final String TKD = "https://w3id.org/talks-kg/id/";
    private static final String GRAPHS = "SELECT ?graph { GRAPH ?graph { } } ORDER BY ?graph";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))),
                Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyPersonStateOrganisationAndGroupIsAnActorOnTheInferredEndpoint() throws Exception {
        assertEquals(List.of(List.of("1")), select("kg/sparql", COUNT_ACTORS));
        assertEquals(List.of(List.of("43")), select("kg-inferred/sparql", COUNT_ACTORS));
        assertEquals(List.of(List.of("43")), select("kg-inferred/query", COUNT_ACTORS));
    }

    @Test
    void anInverseAnswersOnTheInferredEndpointOnly() throws Exception {
        assertEquals(List.of(), select("kg/sparql", TURKIYE_2022));
        assertEquals(List.of(List.of(TKD + "russia"), List.of(TKD + "ukraine")), select("kg-inferred/sparql", TURKIYE_2022));
    }

    @Test
    void theInferencesAreOneMoreNamedGraph() throws Exception {
        List<List<String>> files = select("kg/sparql", GRAPHS);
        List<List<String>> withInferences = select("kg-inferred/sparql", GRAPHS);

        assertEquals(files.size() + 1, withInferences.size());
        assertEquals(List.of("https://w3id.org/talks-kg/graph/inferred"),
                withInferences.stream().filter(row -> !files.contains(row)).findFirst().orElseThrow());
    }

    private static List<List<String>> select(String endpoint, String query) throws Exception {
        HttpResponse<String> response = client.send(client.request(endpoint + "?query=" + encode(query)).header("Accept", JSON_RESULTS));
        assertEquals(200, response.statusCode(), response.body());
        return rows(response.body());
    }
}
