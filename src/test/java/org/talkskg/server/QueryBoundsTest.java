package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.JSON_RESULTS;
import static org.talkskg.server.TestClient.encode;
import static org.talkskg.server.TestClient.rows;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;

/**
 * What a query may not do on the public endpoint: call out (SERVICE), read files or other
 * graphs (FROM and the protocol's dataset description), load classes; and how big and how long
 * its answer may be.
 */
class QueryBoundsTest {

    private static final int MAX_ROWS = 5;
    private static final String PEOPLE = "https://w3id.org/talks-kg/graph/data/people";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10).withMaxResultRows(MAX_ROWS));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void serviceIsRefusedWithoutAnyRequestGoingOut() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + target.getLocalPort() + "/sparql";

            HttpResponse<String> response = query("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }");

            assertEquals(422, response.statusCode());
            assertEquals("SERVICE <" + endpoint + "> refused: this server sends no requests to other endpoints\n", response.body());
            target.setSoTimeout(200);
            assertTrue(nothingConnects(target), "the server connected to the SERVICE endpoint");
        }
    }

    @Test
    void serviceIsRefusedWhereverItSits() throws Exception {
        String refused = " refused: this server sends no requests to other endpoints\n";
        // After the rows of a first branch, in a sub-query, inside EXISTS, with the endpoint in a variable.
        Map<String, String> shownEndpoints = Map.of(
                "SELECT * { { ?s a <https://example.org/tiny#Person> } UNION { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "<http://example.org/sparql>",
                "SELECT * { { SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }", "<http://example.org/sparql>",
                "ASK { FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }", "<http://example.org/sparql>",
                "SELECT * { VALUES ?e { <http://example.org/sparql> } SERVICE ?e { ?s ?p ?o } }", "?e");
        for (Map.Entry<String, String> queryAndEndpoint : shownEndpoints.entrySet()) {
            HttpResponse<String> response = query(queryAndEndpoint.getKey());

            assertEquals(422, response.statusCode(), queryAndEndpoint.getKey());
            assertEquals("SERVICE " + queryAndEndpoint.getValue() + refused, response.body(), queryAndEndpoint.getKey());
        }
    }

    @Test
    void onlyTheListedServiceEndpointsAreCalled() throws Exception {
        String allowed = server.baseUrl().resolve("kg/sparql").toString();
        KgServer federating = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10)
                .withMaxResultRows(MAX_ROWS).withAllowedServices(List.of(allowed)));
        try {
            TestClient toFederating = new TestClient(federating.baseUrl());

            assertEquals(List.of(List.of("12")),
                    toFederating.select("SELECT ?n { SERVICE <" + allowed + "> { SELECT (COUNT(*) AS ?n) { ?s ?p ?o } } }"));
            // Refused before it runs, and, with the endpoint in a variable, when it is about to run.
            for (String other : List.of("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { <http://example.org/sparql> } SERVICE ?e { ?s ?p ?o } }")) {
                HttpResponse<String> response = toFederating.send(toFederating.request("kg/sparql?query=" + encode(other)));

                assertEquals(422, response.statusCode(), other);
                assertEquals("SERVICE <http://example.org/sparql> refused: this server calls only <" + allowed + ">\n", response.body());
            }
        } finally {
            federating.stop();
        }
    }

    @Test
    void fromAFileOrTheWebIsRefusedAndNothingIsRead() throws Exception {
        for (String from : List.of("FROM <file:///etc/passwd>", "FROM NAMED <file:///etc/hostname>", "FROM <http://example.org/data.ttl>")) {
            HttpResponse<String> response = query("SELECT * " + from + " { ?s ?p ?o }");

            assertEquals(400, response.statusCode(), from);
            assertTrue(response.body().startsWith("No graph <" + from.substring(from.indexOf('<') + 1, from.indexOf('>')) + "> in this dataset."),
                    response.body());
            assertTrue(response.body().contains("nothing is fetched from the web or read from files"), response.body());
        }
    }

    @Test
    void aDatasetDescriptionInTheProtocolIsCheckedTheSameWay() throws Exception {
        String select = "SELECT * { ?s ?p ?o }";
        HttpResponse<String> file = client.get("kg/sparql?query=" + encode(select) + "&default-graph-uri=" + encode("file:///etc/passwd"));
        HttpResponse<String> named = client.get("kg/sparql?query=" + encode(select) + "&named-graph-uri=" + encode("http://example.org/g"));

        assertEquals(400, file.statusCode());
        assertTrue(file.body().startsWith("No graph <file:///etc/passwd> in this dataset."), file.body());
        assertEquals(400, named.statusCode());
        assertTrue(named.body().startsWith("No graph <http://example.org/g> in this dataset."), named.body());
    }

    @Test
    void fromOneOfTheDatasetsGraphsStillWorks() throws Exception {
        assertEquals(List.of(List.of("4")), client.select("SELECT (COUNT(*) AS ?n) FROM <" + PEOPLE + "> { ?s ?p ?o }"));
        HttpResponse<String> byProtocol = client.send(client.request("kg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                + "&default-graph-uri=" + encode(PEOPLE)).header("Accept", JSON_RESULTS));
        assertEquals(List.of(List.of("4")), rows(byProtocol.body()));
    }

    @Test
    void javaClassFunctionsAreRefused() throws Exception {
        HttpResponse<String> function = query("SELECT * { BIND(<java:java.lang.Runtime>(1) AS ?x) }");
        HttpResponse<String> propertyFunction = query("SELECT * { ?x <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }");

        assertEquals(400, function.statusCode());
        assertTrue(function.body().startsWith("Function <java:java.lang.Runtime> refused: the java: scheme would load a class"), function.body());
        assertEquals(400, propertyFunction.statusCode());
        assertTrue(propertyFunction.body().startsWith("Function <java:org.apache.jena.sparql.pfunction.library.splitIRI> refused"),
                propertyFunction.body());
    }

    @Test
    void aLongerResultIsCutAtTheRowLimitAndSaysSo() throws Exception {
        HttpResponse<String> response = query("SELECT * { ?s ?p ?o }");

        assertEquals(200, response.statusCode());
        assertEquals(MAX_ROWS, rows(response.body()).size());
        assertEquals(Optional.of(Integer.toString(MAX_ROWS)), response.headers().firstValue("X-SPARQL-MaxRows"));
    }

    @Test
    void aResultWithinTheLimitIsWholeAndUnmarked() throws Exception {
        HttpResponse<String> exactly = query("SELECT * { ?s ?p ?o } LIMIT " + MAX_ROWS);
        HttpResponse<String> fewer = query("SELECT ?p { ?m <https://example.org/tiny#attendee> ?p }");

        assertEquals(MAX_ROWS, rows(exactly.body()).size());
        assertEquals(Optional.empty(), exactly.headers().firstValue("X-SPARQL-MaxRows"));
        assertEquals(2, rows(fewer.body()).size());
        assertEquals(Optional.empty(), fewer.headers().firstValue("X-SPARQL-MaxRows"));
    }

    @Test
    void constructUsesAtMostTheRowLimitOfSolutions() throws Exception {
        HttpResponse<String> response = client.send(client.request("kg/sparql?query=" + encode("CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }"))
                .header("Accept", "application/n-triples"));

        assertEquals(200, response.statusCode());
        assertEquals(MAX_ROWS, response.body().lines().count());
    }

    private static HttpResponse<String> query(String query) throws Exception {
        return client.send(client.request("kg/sparql?query=" + encode(query)).header("Accept", JSON_RESULTS));
    }

    private static boolean nothingConnects(ServerSocket socket) throws Exception {
        try {
            socket.accept().close();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        }
    }
}
