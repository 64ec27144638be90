package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talkskg.Fixtures;
import org.talkskg.QueryAnswer;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQuery;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The saved questions at /api/NAME on the shipped graph: the answers are the stored expected
 * answers, in every format, with parameters from the query string; every mistake a client can
 * make gets a 4xx that says what is wrong and what would be right.
 */
class ApiTest {

    private static final Path EXPECTED = Path.of("src/test/resources/expected/queries");
    private static final String MEETING_PARAMETER = "participants-of takes (?NAME=VALUE):\n"
            + "  meeting - the meeting: a prefixed name (tkd:talks-2022-turkiye), a full IRI, or a name: its label, an alternative"
            + " or a garbled form, in any case (default tkd:istanbul-talks-2025)\n";

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    @Test
    void aTableByExtensionIsTheExpectedAnswer() throws Exception {
        HttpResponse<String> tsv = ok("api/timeline.tsv");

        assertEquals("text/tab-separated-values; charset=utf-8", tsv.headers().firstValue("Content-Type").orElseThrow());
        expected("timeline").assertSame(QueryAnswer.of(query("timeline", Map.of()), tsv.body()), "/api/timeline.tsv");
    }

    @Test
    void jsonIsTheDefaultAndHoldsTheExpectedRows() throws Exception {
        HttpResponse<String> json = ok("api/who-attended-which-talks");
        HttpResponse<String> byExtension = ok("api/who-attended-which-talks.json");

        assertEquals("application/sparql-results+json; charset=utf-8", json.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(json.headers().firstValue("Vary").orElseThrow().startsWith("Accept,"), json.headers().toString());
        Query query = query("who-attended-which-talks", Map.of());
        expected("who-attended-which-talks").assertSame(QueryAnswer.of(query, asTsv(json.body())), "/api/who-attended-which-talks");
        assertEquals(json.body(), byExtension.body());
    }

    @Test
    void aParameterInTheQueryStringIsBoundAsByParam() throws Exception {
        String expectedCsv = asCsv(Fixtures.text("expected/queries/with-parameters/participants-of--meeting=talks-2022-turkiye.tsv"));

        HttpResponse<String> csv = ok("api/participants-of.csv?meeting=" + encode("tkd:talks-2022-turkiye"));
        HttpResponse<String> accepted = SERVER.get("api/participants-of?meeting="
                + encode("https://w3id.org/talks-kg/id/talks-2022-turkiye"), "text/csv");
        HttpResponse<String> byName = ok("api/participants-of.csv?meeting=" + encode("Russia-Ukraine talks in Türkiye (spring 2022)"));

        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(expectedCsv, csv.body());
        assertEquals(expectedCsv, accepted.body());
        assertEquals(expectedCsv, byName.body());
        assertTrue(expectedCsv.lines().count() == 3, expectedCsv);
    }

    @Test
    void anEmptyValueMeansTheDefault() throws Exception {
        assertEquals(asCsv(Fixtures.text("expected/queries/participants-of.tsv")), ok("api/participants-of.csv?meeting=").body());
    }

    @Test
    void aValueIsOnlyEverATermNeverQueryText() throws Exception {
        HttpResponse<String> csv = ok("api/participants-of.csv?meeting=" + encode("x\" } ; DROP ALL ; SELECT * { ?s ?p ?o"));

        assertEquals("talks,talksStatus,participant,role,status,source\r\n", csv.body());
    }

    @Test
    void aGraphComesInEveryRdfFormatAsExpected() throws Exception {
        Query query = query("planned-talks-graph", Map.of());
        QueryAnswer expected = QueryAnswer.read(query, EXPECTED.resolve("planned-talks-graph.nt"));
        HttpResponse<String> defaulted = ok("api/planned-talks-graph");

        assertEquals("text/turtle", defaulted.headers().firstValue("Content-Type").orElseThrow());
        expected.assertSame(QueryAnswer.of(query, ok("api/planned-talks-graph.nt").body()), ".nt");
        for (Map.Entry<String, Lang> format : Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML).entrySet()) {
            String body = ok("api/planned-talks-graph." + format.getKey()).body();
            expected.assertSame(QueryAnswer.of(query, asNTriples(body, format.getValue())), "." + format.getKey());
        }
    }

    @Test
    void anUnknownQuestionIs404WithTheListOfQuestions() throws Exception {
        HttpResponse<String> response = SERVER.client().get("api/who-won");

        assertEquals(404, response.statusCode());
        assertEquals("text/plain;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        List<String> lines = response.body().lines().toList();
        assertEquals("No saved question named 'who-won'. The saved questions are (GET /api/NAME, described in /api/openapi.json):",
                lines.get(0));
        List<String> listed = Fixtures.shippedQueries().list().stream()
                .map(saved -> "  " + saved.name() + " - " + saved.title()).toList();
        assertEquals(listed, lines.subList(1, lines.size()));
        assertTrue(listed.contains("  timeline - Timeline of dated events"), listed.toString());
        assertEquals(response.body(), "No saved question named 'who-won'. " + SERVER.client().get("api").body());
    }

    @Test
    void anExtensionOfTheOtherKindOrNoFormatIs400SayingWhichAreOffered() throws Exception {
        assertRefused(400, "api/timeline.ttl",
                "Format .ttl is for graphs, but timeline is a SELECT query: it answers in .json, .csv, .tsv, .xml\n");
        assertRefused(400, "api/planned-talks-graph.csv",
                "Format .csv is for result tables, but planned-talks-graph is a CONSTRUCT query: it answers in .ttl, .jsonld, .nt, .rdf\n");
        assertRefused(400, "api/timeline.pdf", "Unknown format .pdf: timeline answers in .json, .csv, .tsv, .xml\n");
    }

    @Test
    void anAcceptNoFormatMeetsIs406SayingWhichAreOffered() throws Exception {
        HttpResponse<String> response = SERVER.get("api/timeline", "image/png");

        assertEquals(406, response.statusCode());
        assertEquals("None of the media types asked for (Accept: image/png) is offered: timeline answers in"
                + " application/sparql-results+json (.json), text/csv (.csv), text/tab-separated-values (.tsv),"
                + " application/sparql-results+xml (.xml)\n", response.body());
    }

    @Test
    void anUnknownParameterIs400WithTheQuestionsParameters() throws Exception {
        assertRefused(400, "api/participants-of?meting=tkd:kyiv", "Unknown parameter 'meting' for participants-of.\n" + MEETING_PARAMETER);
        assertRefused(400, "api/timeline.csv?from=2025", "Unknown parameter 'from' for timeline.\ntimeline takes no parameters.\n");
    }

    @Test
    void aParameterGivenTwiceIs400() throws Exception {
        assertRefused(400, "api/participants-of?meeting=tkd:kyiv&meeting=tkd:ankara",
                "Parameter 'meeting' is given 2 times; give it once.\n" + MEETING_PARAMETER);
    }

    @Test
    void anInvalidIriIs400SayingWhyWithTheQuestionsParameters() throws Exception {
        HttpResponse<String> spaced = SERVER.client().get("api/participants-of?meeting=" + encode("<https://w3id.org/talks kg>"));
        HttpResponse<String> relative = SERVER.client().get("api/participants-of?meeting=" + encode("<talks-2022-turkiye>"));

        assertEquals(400, spaced.statusCode());
        assertTrue(spaced.body().startsWith("Parameter meeting: not a valid IRI: https://w3id.org/talks kg ("), spaced.body());
        assertTrue(spaced.body().endsWith(")\n" + MEETING_PARAMETER), spaced.body());
        assertEquals(400, relative.statusCode());
        assertEquals("Parameter meeting: not a valid IRI: talks-2022-turkiye (it is relative: it has no scheme such as https:)\n"
                + MEETING_PARAMETER, relative.body());
    }

    @Test
    void theOpenApiDocumentIsValidWithNoMessages() throws Exception {
        HttpResponse<String> response = ok("api/openapi.json");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);

        assertEquals(List.of(), parsed.getMessages());
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
        assertEquals(System.getProperty("talks-kg.version"), parsed.getOpenAPI().getInfo().getVersion());
        assertEquals("/api", parsed.getOpenAPI().getServers().get(0).getUrl());
    }

    @Test
    void theOpenApiDocumentDescribesEveryQuestionFromItsHeader() throws Exception {
        OpenAPI api = new OpenAPIV3Parser().readContents(ok("api/openapi.json").body()).getOpenAPI();
        List<SavedQuery> questions = Fixtures.shippedQueries().list();

        List<String> paths = new ArrayList<>();
        questions.forEach(saved -> paths.addAll(List.of("/" + saved.name(), "/" + saved.name() + ".{format}")));
        paths.add("/openapi.json");
        assertEquals(paths, List.copyOf(api.getPaths().keySet()));

        SavedQuery participants = Fixtures.shippedQueries().get("participants-of");
        Operation byAccept = api.getPaths().get("/participants-of").getGet();
        assertEquals(participants.title(), byAccept.getSummary());
        assertTrue(byAccept.getDescription().startsWith(participants.header().question() + "\n\nPattern: "), byAccept.getDescription());
        Parameter meeting = byAccept.getParameters().get(0);
        assertEquals(List.of("meeting", "query", false, "tkd:istanbul-talks-2025"),
                List.of(meeting.getName(), meeting.getIn(), meeting.getRequired(), meeting.getSchema().getDefault()));
        assertEquals(participants.header().parameters().get(0).meaning(), meeting.getDescription());
        assertEquals(List.of("200", "400", "406", "503"), List.copyOf(byAccept.getResponses().keySet()));
        assertEquals(List.of("application/sparql-results+json", "text/csv", "text/tab-separated-values", "application/sparql-results+xml"),
                List.copyOf(byAccept.getResponses().get("200").getContent().keySet()));

        Operation graphByExtension = api.getPaths().get("/planned-talks-graph.{format}").getGet();
        Parameter format = graphByExtension.getParameters().get(0);
        assertEquals(List.of("format", "path", true, List.of("ttl", "jsonld", "nt", "rdf")),
                List.of(format.getName(), format.getIn(), format.getRequired(), format.getSchema().getEnum()));
        assertEquals(List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"),
                List.copyOf(graphByExtension.getResponses().get("200").getContent().keySet()));
        assertEquals(List.of("200", "400", "503"), List.copyOf(graphByExtension.getResponses().keySet()));
    }

    @Test
    void theBareApiListsTheQuestions() throws Exception {
        HttpResponse<String> listing = ok("api");

        assertEquals(listing.body(), ok("api/").body());
        assertTrue(listing.body().startsWith("The saved questions are (GET /api/NAME, described in /api/openapi.json):\n  actors - "),
                listing.body());
    }

    private static HttpResponse<String> ok(String path) throws Exception {
        HttpResponse<String> response = SERVER.client().get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }

    private static void assertRefused(int status, String path, String message) throws Exception {
        HttpResponse<String> response = SERVER.client().get(path);

        assertEquals(status, response.statusCode(), path);
        assertEquals(Optional.of("text/plain;charset=utf-8"), response.headers().firstValue("Content-Type"), path);
        assertEquals(message, response.body(), path);
    }

    private static Query query(String name, Map<String, String> values) {
        return QueryParameters.substitute(Fixtures.shippedQueries().get(name), values);
    }

    private static QueryAnswer expected(String name) {
        return QueryAnswer.read(query(name, Map.of()), EXPECTED.resolve(name + ".tsv"));
    }

    private static String asTsv(String json) {
        return convert(json, ResultSetLang.RS_JSON, ResultSetLang.RS_TSV);
    }

    private static String asCsv(String tsv) {
        return convert(tsv, ResultSetLang.RS_TSV, ResultSetLang.RS_CSV);
    }

    private static String convert(String results, Lang from, Lang to) {
        return ResultSetMgr.asString(ResultSetMgr.read(new ByteArrayInputStream(results.getBytes(StandardCharsets.UTF_8)), from), to);
    }

    private static String asNTriples(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString();
    }
}
