package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.JSON_RESULTS;
import static org.talkskg.server.TestClient.encode;
import static org.talkskg.server.TestClient.rows;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkskg.Fixtures;

/** The server over real HTTP, on the tiny graph: what it serves, and what it refuses to do. */
class KgServerTest {

    private static final String PREFIXES = "PREFIX tiny: <https://example.org/tiny#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** Joins tiny/data/meetings/spring.ttl (attendees) with tiny/data/people.ttl (names). */
    private static final String ATTENDEES = PREFIXES
            + "SELECT ?meeting ?name { ?m tiny:attendee ?p ; rdfs:label ?meeting . ?p rdfs:label ?name } ORDER BY ?name";
    private static final List<List<String>> ATTENDEE_ROWS =
            List.of(List.of("Spring meeting", "Alice"), List.of("Spring meeting", "Bob"));
    private static final String COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String INSERT = "INSERT DATA { <urn:s> <urn:p> <urn:o> }";
    private static final String GRAPH = "https://w3id.org/talks-kg/graph/";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void selectByGet() throws Exception {
        HttpResponse<String> response = send(get("kg/sparql?query=" + encode(ATTENDEES)).header("Accept", JSON_RESULTS));

        assertEquals(200, response.statusCode());
        assertEquals(ATTENDEE_ROWS, rows(response.body()));
    }

    @Test
    void selectByPostOfTheQueryItself() throws Exception {
        HttpResponse<String> response = send(request("kg/query")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON_RESULTS)
                .POST(BodyPublishers.ofString(ATTENDEES)));

        assertEquals(200, response.statusCode());
        assertEquals(ATTENDEE_ROWS, rows(response.body()));
    }

    @Test
    void selectByPostOfAForm() throws Exception {
        HttpResponse<String> response = send(request("kg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", JSON_RESULTS).POST(BodyPublishers.ofString("query=" + encode(ATTENDEES))));

        assertEquals(200, response.statusCode());
        assertEquals(ATTENDEE_ROWS, rows(response.body()));
    }

    @Test
    void defaultGraphIsTheUnionOfAllFiles() throws Exception {
        // 4 + 5 + 4 triples in the files, one of them in two files.
        assertEquals(List.of(List.of("12")), select(COUNT_TRIPLES));
    }

    @Test
    void eachFileIsANamedGraph() throws Exception {
        assertEquals(List.of(
                        List.of(GRAPH + "data/meetings/spring", "5"),
                        List.of(GRAPH + "data/people", "4"),
                        List.of(GRAPH + "ontology/tiny", "4")),
                select("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"));
        assertEquals(List.of(List.of("Alice"), List.of("Bob")),
                select(PREFIXES + "SELECT ?name { GRAPH <" + GRAPH + "data/people> { ?p rdfs:label ?name } } ORDER BY ?name"));
        assertEquals(List.of(List.of("Meeting"), List.of("Person")),
                select(PREFIXES + "SELECT ?name { GRAPH <" + GRAPH + "ontology/tiny> { ?c rdfs:label ?name } } ORDER BY ?name"));
    }

    @Test
    void graphStoreReadServesTheUnionAndEachGraph() throws Exception {
        HttpResponse<String> union = send(get("kg/get?default").header("Accept", "application/n-triples"));
        HttpResponse<String> people = send(get("kg/get?graph=" + encode(GRAPH + "data/people")).header("Accept", "application/n-triples"));

        assertEquals(200, union.statusCode());
        assertEquals(12, union.body().lines().count());
        assertEquals(200, people.statusCode());
        assertEquals(4, people.body().lines().count());
    }

    @Test
    void noUpdateEndpointExists() throws Exception {
        // /kg/update is not mounted; Fuseki answers 405 for the dataset's unknown service.
        assertEquals(405, client.postForm("kg/update", "update=" + encode(INSERT)).statusCode());
        // The query endpoints do not take updates: 415 Unsupported Media Type.
        assertEquals(415, send(request("kg/sparql")
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(INSERT))).statusCode());
        assertEquals(List.of(List.of("12")), select(COUNT_TRIPLES));
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        String triple = "<urn:s> <urn:p> <urn:o> .";
        HttpResponse<String> onGet = send(request("kg/get?default")
                .header("Content-Type", "application/n-triples").PUT(BodyPublishers.ofString(triple)));
        HttpResponse<String> onData = send(request("kg/data?default")
                .header("Content-Type", "application/n-triples").PUT(BodyPublishers.ofString(triple)));

        assertEquals(405, onGet.statusCode());
        assertTrue(onGet.body().contains("Read-only"), onGet.body());
        assertEquals(405, onData.statusCode());
        assertEquals(List.of(List.of("12")), select(COUNT_TRIPLES));
    }

    @Test
    void aMalformedQueryIsABadRequestThatSaysWhere() throws Exception {
        HttpResponse<String> response = send(get("kg/sparql?query=" + encode("SELECT * WHERE { ?s ?p }")));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("line 1, column 24"), response.body());
    }

    @Test
    void theFusekiUiIsServedUnderAPathOfItsOwn() throws Exception {
        HttpResponse<String> response = send(get("sparql-ui/"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<title>Apache Jena Fuseki UI</title>"), response.body());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void theUiWithoutItsSlashIsRedirectedToIt() throws Exception {
        // The UI loads its scripts relative to its address: ./static/... must resolve under /sparql-ui/.
        HttpResponse<String> response = send(get("sparql-ui"));

        assertEquals(302, response.statusCode());
        assertEquals("/sparql-ui/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theUiIsNoLongerAtTheRoot() throws Exception {
        assertEquals(404, send(get("index.html")).statusCode());
        assertEquals(404, send(get("static/index-B4LhgED8.js")).statusCode());
    }

    /** The UI calls the server at its own address plus the path: {@code /sparql-ui/$/server} and so on. */
    @ParameterizedTest(name = "at /{0}")
    @ValueSource(strings = {"", "sparql-ui/"})
    void theUiFindsTheDatasetAndItsReadOnlyEndpoints(String base) throws Exception {
        assertEquals(200, send(get(base + "$/ping")).statusCode());
        assertEquals(200, send(get(base + "$/stats")).statusCode());
        assertEquals(200, send(get(base + "$/stats/kg")).statusCode());
        HttpResponse<String> status = send(get(base + "$/server"));

        assertEquals(200, status.statusCode());
        // The graph as loaded, and the same with its inferences, each with the same read-only endpoints.
        Set<String> names = new TreeSet<>();
        for (JsonValue value : JSON.parse(status.body()).get("datasets").getAsArray()) {
            JsonObject dataset = value.getAsObject();
            names.add(dataset.getString("ds.name"));
            Set<String> endpoints = new TreeSet<>();
            for (JsonValue service : dataset.get("ds.services").getAsArray()) {
                service.getAsObject().get("srv.endpoints").getAsArray().forEach(name -> endpoints.add(name.getAsString().value()));
            }
            assertEquals(Set.of("get", "query", "sparql"), endpoints, dataset.getString("ds.name"));
        }
        assertEquals(Set.of("/kg", "/kg-inferred"), names);
    }

    @Test
    void theUisQueriesReachTheDataset() throws Exception {
        // The query page sends to /sparql-ui/kg/sparql (the first query endpoint $/server lists), by GET or POST.
        HttpResponse<String> byGet = send(get("sparql-ui/kg/sparql?query=" + encode(ATTENDEES)).header("Accept", JSON_RESULTS));
        HttpResponse<String> byPost = send(request("sparql-ui/kg/query").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", JSON_RESULTS).POST(BodyPublishers.ofString("query=" + encode(ATTENDEES))));
        HttpResponse<String> graphs = send(get("sparql-ui/kg/get?default").header("Accept", "application/n-triples"));

        assertEquals(200, byGet.statusCode(), byGet.body());
        assertEquals(ATTENDEE_ROWS, rows(byGet.body()));
        assertEquals(200, byPost.statusCode(), byPost.body());
        assertEquals(ATTENDEE_ROWS, rows(byPost.body()));
        assertEquals(200, graphs.statusCode());
        assertEquals(12, graphs.body().lines().count());
    }

    @Test
    void theUisQueriesAreBoundLikeDirectOnes() throws Exception {
        // Rewritten before the filters: the UI's path is no way around the query cache's validators.
        HttpResponse<String> direct = send(get("kg/sparql?query=" + encode(COUNT_TRIPLES)).header("Accept", JSON_RESULTS));
        HttpResponse<String> fromUi = send(get("sparql-ui/kg/sparql?query=" + encode(COUNT_TRIPLES)).header("Accept", JSON_RESULTS));

        assertEquals(direct.headers().firstValue("ETag"), fromUi.headers().firstValue("ETag"));
        assertTrue(fromUi.headers().firstValue("ETag").isPresent(), fromUi.headers().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        /sparql-ui/../../etc/passwd                     | 400 | Bad Request
        /sparql-ui/%2e%2e/%2e%2e/etc/passwd             | 400 | Bad Request
        /sparql-ui/..%2f..%2fetc%2fpasswd               | 400 | Ambiguous URI path separator
        /sparql-ui/%2e%2e%2f%2e%2e%2fetc%2fpasswd       | 400 | Ambiguous URI path separator
        /sparql-ui/%252e%252e/%252e%252e/etc/passwd     | 400 | Ambiguous URI path encoding
        /sparql-ui/..%5c..%5cetc%5cpasswd               | 400 | Suspicious Path Character
        /sparql-ui/index.html/../../../../etc/passwd    | 400 | Bad Request
        /sparql-ui/..;/..;/etc/passwd                   | 400 | Bad Request
        /sparql-ui/%2e%2e/talks-kg/data/actors.ttl      | 400 | Bad Request
        /sparql-ui/%2e%2e/META-INF/MANIFEST.MF          | 400 | Bad Request
        /sparql-ui/WEB-INF/web.xml                      | 404 | Not Found
        /sparql-ui/META-INF/MANIFEST.MF                 | 404 | Not Found
        """)
    void aPathOutOfTheUiFolderIsRefused(String path, int status, String message) throws Exception {
        String answer = client.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), answer);
        assertTrue(answer.contains("Content-Type: text/plain;charset=utf-8"), answer);
        assertTrue(answer.contains(message), answer);
        assertFalse(answer.contains("root:"), answer);
    }

    @Test
    void aPathThatStaysInTheUiFolderIsServed() throws Exception {
        assertEquals(200, client.get("sparql-ui/index.html").statusCode());
        assertEquals(200, client.get("sparql-ui/static/../index.html").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        $/datasets           | 404 | 405 | 405
        sparql-ui/$/datasets | 404 | 405 | 405
        sparql-ui/$/backup/kg | 404 | 405 | 405
        sparql-ui/$/server   | 200 | 200 | 200
        sparql-ui/$/stats/kg | 200 | 200 | 405
        $/datasets/kg        | 404 | 405 | 405
        $/backup/kg          | 404 | 405 | 405
        $/backups/list       | 404 | 405 | 405
        $/compact/kg         | 404 | 405 | 405
        $/reload             | 404 | 405 | 405
        $/tasks              | 404 | 405 | 405
        $/sleep              | 404 | 405 | 405
        $/logs               | 404 | 405 | 405
        $/metrics            | 404 | 405 | 405
        $/server             | 200 | 200 | 200
        $/stats/kg           | 200 | 200 | 405
        """)
    void noAdminCallChangesAnything(String path, int get, int post, int delete) throws Exception {
        // The UI's status calls answer POST (and $/server any method) as they answer GET: with a report, changing nothing.
        assertEquals(get, client.get(path).statusCode(), "GET " + path);
        assertEquals(post, client.postForm(path, "dbName=other&dbType=tdb2").statusCode(), "POST " + path);
        assertEquals(delete, client.send(client.request(path).DELETE()).statusCode(), "DELETE " + path);
        assertEquals(List.of(List.of("12")), select(COUNT_TRIPLES));
    }

    @Test
    void corsIsOff() throws Exception {
        HttpResponse<String> response = send(get("kg/sparql?query=" + encode(COUNT_TRIPLES)).header("Origin", "https://example.org"));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), response.headers().toString());
    }

    @Test
    void listensOnTheLoopbackAddressByDefault() {
        assertEquals("127.0.0.1", server.baseUrl().getHost());
    }

    @Test
    void aQueryRunningLongerThanTheTimeoutIsCancelled() throws Exception {
        // Counting a cross product of eight copies of the 12 triples (12^8 rows) takes minutes.
        String endless = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
                + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";
        long start = System.nanoTime();
        HttpResponse<String> response = askWithATimeoutOfOneSecond(endless);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, response.statusCode(), response.body());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
    }

    @Test
    void aQueryThatRunsOutOfTimeAfterItsFirstRowsIsA503NotACutOffBody() throws Exception {
        // The first row comes at once; the second needs to count a 12^8 cross product, far beyond the bound.
        String slowAfterOneRow = "SELECT ?k { VALUES ?k { 1 2 } FILTER (?k = 1 || EXISTS { SELECT (COUNT(*) AS ?n)"
                + " { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?l ?m . ?n1 ?o ?p . ?q ?r ?s . ?t ?u ?v . ?w ?x ?y } }) }";

        HttpResponse<String> response = askWithATimeoutOfOneSecond(slowAfterOneRow);

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("Query timed out\n", response.body());
    }

    @Test
    void aTimedOutQuerySaysWhenToTryAgain() throws Exception {
        HttpResponse<String> response = askWithATimeoutOfOneSecond("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f ."
                + " ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }");

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("Query timed out\n", response.body());
        assertEquals(List.of("1"), response.headers().allValues("Retry-After"), "the longest wait for a turn, here the timeout");
    }

    @Test
    void aTakenPortIsAReadableStartError() {
        int taken = server.baseUrl().getPort();

        ServerStartException error = assertThrows(ServerStartException.class,
                () -> KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(taken, "127.0.0.1", 10)));

        assertEquals("Cannot listen on 127.0.0.1:" + taken + ": Address already in use", error.getMessage());
    }

    /** Asks a server of the tiny graph whose time bound is one second; that server must answer the next query at once. */
    private static HttpResponse<String> askWithATimeoutOfOneSecond(String query) throws IOException, InterruptedException {
        KgServer impatient = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 1));
        try {
            TestClient toImpatient = new TestClient(impatient.baseUrl());
            HttpResponse<String> response = toImpatient.send(toImpatient.request("kg/sparql?query=" + encode(query))
                    .header("Accept", JSON_RESULTS).timeout(Duration.ofSeconds(30)));
            assertEquals(List.of(List.of("12")), toImpatient.select(COUNT_TRIPLES));
            return response;
        } finally {
            impatient.stop();
        }
    }

    private static List<List<String>> select(String query) throws IOException, InterruptedException {
        return client.select(query);
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return client.request(pathAndQuery);
    }

    private static HttpRequest.Builder get(String pathAndQuery) {
        return request(pathAndQuery).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request);
    }
}
