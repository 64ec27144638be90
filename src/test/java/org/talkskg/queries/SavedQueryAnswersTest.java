package org.talkskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * Every saved query of the repository's queries/ folder, run on the shipped graph (ontology/ and
 * data/), gives exactly the answer stored in src/test/resources/expected/queries/: NAME.csv for a
 * SELECT, NAME.nt for a CONSTRUCT (compared as graphs). It is run three ways, which must all agree:
 * in this process, through a test server's /kg/sparql as the query command sends it, and as the
 * raw file POSTed to the server the way the README's curl example does (parameters then take the
 * defaults written into the query itself).
 *
 * <p>To write an expected file, run the query and read every row against the data and the article
 * before committing it:
 * {@code bin/talks-kg query NAME --queries queries --ontology ontology --data data --format csv}
 * (for a CONSTRUCT {@code --format ntriples | sort}).
 */
class SavedQueryAnswersTest {

    static final Path QUERIES = Path.of("queries");
    static final String EXPECTED = "expected/queries/";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LoadedGraph graph;
    private static KgServer server;

    @BeforeAll
    static void startServerOnTheShippedGraph() {
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        server = KgServer.start(graph, new ServerSettings(0, "127.0.0.1", 30));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    static Stream<String> savedQueryNames() {
        return new SavedQueries(QUERIES).list().stream().map(SavedQuery::name);
    }

    /** Runs with non-default parameters: the expected answers are under expected/queries/with-parameters/. */
    static Stream<Arguments> parameterCases() {
        return Stream.of(
                Arguments.of("evidence-for", "entity=vladimir-putin", Map.of("entity", "tkd:vladimir-putin")),
                Arguments.of("statements-by-speaker", "speaker=trump", Map.of("speaker", "trump")),
                Arguments.of("participants-of", "meeting=talks-2022-turkiye",
                        Map.of("meeting", "<https://w3id.org/talks-kg/id/talks-2022-turkiye>")),
                Arguments.of("entity-search", "text=witkov", Map.of("text", "witkov")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("savedQueryNames")
    void answersExactlyAsExpectedInProcessAndOverHttp(String name) {
        SavedQuery saved = new SavedQueries(QUERIES).get(name);
        Query query = QueryParameters.substitute(saved, Map.of());
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        String expectedFile = EXPECTED + name + (graphResult ? ".nt" : ".csv");
        String expected = expectedText(expectedFile);

        String inProcess = run(query, QueryTarget.inProcess(graph), graphResult);
        String overHttp = run(query, QueryTarget.endpoint(sparqlEndpoint()), graphResult);
        String rawFile = postRawFile(saved.file(), graphResult);

        assertSameAnswer(expected, inProcess, graphResult, name + " in-process");
        assertSameAnswer(expected, overHttp, graphResult, name + " through the query runner over HTTP");
        assertSameAnswer(expected, rawFile, graphResult, name + " as the raw file POSTed over HTTP");
    }

    @ParameterizedTest(name = "{0} --param {1}")
    @MethodSource("parameterCases")
    void answersWithParametersExactlyAsExpectedInProcessAndOverHttp(String name, String caseName, Map<String, String> values) {
        Query query = QueryParameters.substitute(new SavedQueries(QUERIES).get(name), values);
        String expected = expectedText(EXPECTED + "with-parameters/" + name + "--" + caseName + ".csv");

        assertEquals(expected, run(query, QueryTarget.inProcess(graph), false), name + " in-process");
        assertEquals(expected, run(query, QueryTarget.endpoint(sparqlEndpoint()), false), name + " over HTTP");
    }

    @Test
    void anEntityCanBeGivenByPrefixedNameFullIriLabelOrGarbledName() {
        SavedQuery evidence = new SavedQueries(QUERIES).get("evidence-for");
        String byPrefixedName = run(QueryParameters.substitute(evidence, Map.of("entity", "tkd:steve-witkoff")),
                QueryTarget.inProcess(graph), false);

        for (String sameEntity : List.of("https://w3id.org/talks-kg/id/steve-witkoff",
                "<https://w3id.org/talks-kg/id/steve-witkoff>", "Steve Witkoff", "steve witkoff", "Witkov")) {
            assertEquals(byPrefixedName, run(QueryParameters.substitute(evidence, Map.of("entity", sameEntity)),
                    QueryTarget.inProcess(graph), false), sameEntity);
        }
        assertTrue(byPrefixedName.lines().count() > 1, byPrefixedName);
    }

    @Test
    void everySavedQueryHasAnExpectedAnswerAndEveryExpectedAnswerASavedQuery() throws IOException {
        List<String> names = savedQueryNames().toList();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (resource(EXPECTED + name + ".csv") == null && resource(EXPECTED + name + ".nt") == null) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "saved queries without an expected answer in src/test/resources/" + EXPECTED
                + " (NAME.csv for SELECT, NAME.nt for CONSTRUCT)");

        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources", EXPECTED))) {
            files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(file -> !names.contains(file.substring(0, file.lastIndexOf('.'))))
                    .forEach(orphans::add);
        }
        assertEquals(List.of(), orphans, "expected answers for no saved query");
        assertTrue(names.size() >= 20, "at least 20 saved queries, found " + names);
    }

    @Test
    void everySavedQueryHasAHeaderAndUsesTheParametersItDeclares() throws IOException {
        for (SavedQuery saved : new SavedQueries(QUERIES).list()) {
            QueryHeader header = saved.header();
            assertTrue(!header.title().isEmpty(), saved.name() + ": # title:");
            assertTrue(!header.question().isEmpty(), saved.name() + ": # question:");
            assertTrue(!header.pattern().isEmpty(), saved.name() + ": # pattern:");
            String text = Files.readString(saved.file(), StandardCharsets.UTF_8);
            assertTrue(text.lines().anyMatch(line -> line.startsWith("# parameters: ")), saved.name() + ": # parameters:");
            for (QueryParameter parameter : header.parameters()) {
                assertTrue(text.contains("?" + parameter.name() + ","), saved.name() + " declares " + parameter.name()
                        + " but does not use ?" + parameter.name() + " as COALESCE(?" + parameter.name() + ", default)");
                assertTrue(parameter.defaultValue().isPresent(), saved.name() + ": a saved query's parameters have defaults,"
                        + " so that the file runs as it is over curl or in the Fuseki UI");
            }
        }
    }

    @Test
    void everySavedQueryIsInTheTablesOfTheReadmes() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String ontologyReadme = Files.readString(Path.of("ontology/README.md"), StandardCharsets.UTF_8);
        for (String name : savedQueryNames().toList()) {
            assertTrue(readme.contains("| `" + name + "` |"), "README.md: saved queries table lacks " + name);
            assertTrue(ontologyReadme.contains("| `" + name + "`"), "ontology/README.md: competency questions lack " + name);
        }
    }

    private static URI sparqlEndpoint() {
        return server.baseUrl().resolve("kg/sparql");
    }

    private static String run(Query query, QueryTarget target, boolean graphResult) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(query, target, graphResult ? OutputFormat.NTRIPLES : OutputFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** As {@code curl --data-binary @queries/NAME.rq -H 'Content-Type: application/sparql-query'} does. */
    private static String postRawFile(Path file, boolean graphResult) {
        try {
            HttpRequest request = HttpRequest.newBuilder(sparqlEndpoint())
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", graphResult ? "application/n-triples" : "text/csv")
                    .POST(BodyPublishers.ofString(Files.readString(file, StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<String> response = HTTP.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameAnswer(String expected, String actual, boolean graphResult, String what) {
        if (!graphResult) {
            assertEquals(expected, actual, what);
            return;
        }
        Graph expectedGraph = nTriples(expected);
        Graph actualGraph = nTriples(actual);
        if (!expectedGraph.isIsomorphicWith(actualGraph)) {
            fail(what + ": graphs differ.\nmissing:\n" + difference(expectedGraph, actualGraph)
                    + "\nunexpected:\n" + difference(actualGraph, expectedGraph));
        }
    }

    private static Graph nTriples(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.NTRIPLES).parse(graph);
        return graph;
    }

    private static String difference(Graph graph, Graph without) {
        TreeSet<String> lines = new TreeSet<>();
        graph.find().filterDrop(without::contains).forEach(triple -> lines.add(FmtUtils.stringForTriple(triple)));
        return String.join("\n", lines);
    }

    private static String expectedText(String resource) {
        if (resource(resource) == null) {
            fail("No expected answer " + resource + " under src/test/resources");
        }
        return Fixtures.text(resource);
    }

    private static URL resource(String name) {
        return SavedQueryAnswersTest.class.getClassLoader().getResource(name);
    }
}
