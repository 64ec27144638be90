package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkskg.Fixtures;

/**
 * Each kind of broken request gets a 4xx whose plain-text body says what is wrong, and the
 * server answers an ordinary query right after.
 */
class MalformedRequestTest {

    private static final int MAX_REQUEST_BYTES = 4096;
    private static final String QUERY = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String ACCENTED_GRAPH = "http://example.org/Zelenskyy-Kyiv-café/Київ";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10)
                .withMaxRequestBytes(MAX_REQUEST_BYTES));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A status and the body that came with it. */
    record Answer(int status, String body) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.body());
        }

        /** From a raw HTTP/1.1 response: "HTTP/1.1 400 Bad Request", headers, empty line, body. */
        static Answer parse(String raw) {
            int status = Integer.parseInt(raw.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
            return new Answer(status, raw.substring(raw.indexOf("\r\n\r\n") + 4));
        }
    }

    interface Request {
        Answer send(TestClient client) throws Exception;
    }

    static Stream<Arguments> brokenRequests() {
        byte[] binary = new byte[300];
        new Random(6).nextBytes(binary);
        String tooLong = "# " + "x".repeat(MAX_REQUEST_BYTES) + "\n" + QUERY;
        return Stream.of(
                Arguments.of("empty query string", 400, "SPARQL Query: Empty query string",
                        (Request) c -> Answer.of(c.get("kg/sparql?query="))),
                Arguments.of("empty body", 400, "Error: Empty query string",
                        (Request) c -> Answer.of(c.post("kg/sparql", "application/sparql-query", ""))),
                Arguments.of("binary body", 400, "Parse error: Lexical error at line 1",
                        (Request) c -> Answer.of(c.send(c.request("kg/sparql").header("Content-Type", "application/sparql-query")
                                .POST(BodyPublishers.ofByteArray(binary))))),
                Arguments.of("binary content type", 415, "Unsupported: application/octet-stream",
                        (Request) c -> Answer.of(c.send(c.request("kg/sparql").header("Content-Type", "application/octet-stream")
                                .POST(BodyPublishers.ofByteArray(binary))))),
                Arguments.of("wrong content type", 415, "Unsupported: application/json",
                        (Request) c -> Answer.of(c.post("kg/sparql", "application/json", QUERY))),
                Arguments.of("multipart form", 415, "Unsupported: multipart/form-data",
                        (Request) c -> Answer.of(c.post("kg/sparql", "multipart/form-data; boundary=b",
                                "--b\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n" + QUERY + "\r\n--b--\r\n"))),
                Arguments.of("unknown charset", 415, "Unsupported charset 'klingon': send UTF-8",
                        (Request) c -> Answer.of(c.post("kg/sparql", "application/sparql-query; charset=klingon", QUERY))),
                Arguments.of("body over the bound", 413,
                        "Request body of " + (tooLong.length()) + " bytes refused: the limit is " + MAX_REQUEST_BYTES + " bytes",
                        (Request) c -> Answer.of(c.post("kg/sparql", "application/sparql-query", tooLong))),
                Arguments.of("form over the bound", 413, "the limit is " + MAX_REQUEST_BYTES + " bytes",
                        (Request) c -> Answer.of(c.postForm("kg/sparql", "query=" + encode(tooLong)))),
                Arguments.of("body without a length", 411, "A request body needs a Content-Length header",
                        (Request) c -> Answer.parse(c.raw("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + Integer.toHexString(QUERY.length()) + "\r\n" + QUERY + "\r\n0\r\n\r\n"))),
                Arguments.of("URL too long", 414, "URI Too Long",
                        (Request) c -> Answer.of(c.get("kg/sparql?query=" + encode("#" + "x".repeat(70_000) + "\n" + QUERY)))),
                Arguments.of("bad URL encoding", 400, "Malformed request: Bad query: Not valid encoding '%zz'",
                        (Request) c -> Answer.parse(c.raw("GET /kg/sparql?query=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))),
                Arguments.of("bad form encoding", 400, "Malformed request: Unable to parse form content: Not valid encoding '%zz'",
                        (Request) c -> Answer.of(c.postForm("kg/sparql", "query=%zz"))),
                Arguments.of("malformed query", 400, "line 1, column 24",
                        (Request) c -> Answer.of(c.get("kg/sparql?query=" + encode("SELECT * WHERE { ?s ?p }")))),
                Arguments.of("DELETE", 405, "HTTP method not allowed: DELETE",
                        (Request) c -> Answer.of(c.send(c.request("kg/sparql").DELETE()))),
                Arguments.of("PUT", 405, "HTTP method not allowed: PUT",
                        (Request) c -> Answer.of(c.send(c.request("kg/sparql").PUT(BodyPublishers.ofString(QUERY))))),
                Arguments.of("TRACE", 405, "HTTP method not allowed: TRACE",
                        (Request) c -> Answer.parse(c.raw("TRACE /kg/sparql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRequests")
    void isRefusedWithAReadableMessageAndTheServerGoesOn(String what, int status, String message, Request request) throws Exception {
        Answer answer = request.send(client);

        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains(message), answer.body());
        assertEquals(List.of(List.of("12")), client.select(QUERY));
    }

    /**
     * A refusal whose message echoes letters outside ASCII (a graph's name) is sent whole, in
     * UTF-8, with its own status, whether the answer is held back for the cache (read-only server)
     * or sent as it is written (a server taking updates): Fuseki declared the length of such a
     * body in characters rather than bytes, and the held-back body took the characters for
     * ISO-8859-1 ones, so the body came empty or cut.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalsEchoingAccentedLetters")
    void aRefusalEchoingAccentedLettersIsSentWholeInUtf8(String what, int status, String body, Request request,
            @TempDir Path folder) throws Exception {
        UpdatingServer updating = UpdatingServer.start(folder, List.of(), UpdateSettings.defaults());
        try {
            for (TestClient each : List.of(client, updating.client())) {
                for (int i = 0; i < 2; i++) {
                    Answer answer = request.send(each);

                    assertEquals(status, answer.status(), answer.body());
                    assertEquals(body, answer.body());
                }
                assertEquals(200, each.get("kg/sparql?query=" + encode("ASK {}")).statusCode());
            }
            Answer update = Answer.of(updating.client().send(updating.client().request("kg/update")
                    .header("Content-Type", "application/sparql-update").header("Authorization", TestClient.basicAuth("alice", "wonderland"))
                    .POST(BodyPublishers.ofString("INSERT DATA { GRAPH <" + ACCENTED_GRAPH + "> { <urn:s> <urn:p> \"é\" } }"))));

            assertEquals(400, update.status(), update.body());
            String data = "https://w3id.org/talks-kg/graph/data/";
            assertEquals("Cannot write into <" + ACCENTED_GRAPH + ">: updates write only into data graphs, named " + data
                    + "..., e.g. GRAPH <" + data + "curated> { ... } or ?graph=" + data + "curated. The default graph is the"
                    + " read-only union of all graphs; the ontology and the shapes change only in the files of ontology/"
                    + " (then serve --reload).\n", update.body());
        } finally {
            updating.stop();
        }
    }

    static Stream<Arguments> refusalsEchoingAccentedLetters() {
        String graph = ACCENTED_GRAPH;
        return Stream.of(
                Arguments.of("graph not in the dataset", 400, "No graph <" + graph + "> in this dataset. FROM, FROM NAMED,"
                        + " default-graph-uri and named-graph-uri only choose among the dataset's own named graphs;"
                        + " nothing is fetched from the web or read from files.\n",
                        (Request) c -> Answer.of(c.get("kg/sparql?query=" + encode("SELECT * FROM <" + graph + "> { ?s ?p ?o }")))),
                Arguments.of("SERVICE refused", 422, "SERVICE <" + graph + "> refused: this server sends no requests to other endpoints\n",
                        (Request) c -> Answer.of(c.post("kg/sparql", "application/sparql-query",
                                "SELECT * { SERVICE <" + graph + "> { ?s ?p ?o } }"))));
    }
}
