package org.talkskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkskg.Fixtures;
import org.talkskg.QueryAnswer;
import org.talkskg.Regeneration;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * Every saved query of the repository's queries/ folder, run on the shipped graph (ontology/ and
 * data/), gives exactly the answer stored under src/test/resources/expected/queries/: NAME.tsv
 * (SPARQL 1.1 TSV results, compared as RDF terms, in order when the query has an ORDER BY) for a
 * SELECT, NAME.nt for a CONSTRUCT (compared as graphs). It is run three ways, which must all agree:
 * in this process, through a test server's /kg/sparql as the query command sends it, and as the
 * raw file POSTed to the server the way the README's curl example does (parameters then take the
 * defaults written into the query itself).
 *
 * <p>After a change to the data, {@code mvn test -Dtest=SavedQueryAnswersTest -Dregenerate} rewrites
 * every expected answer from the graph; read the diff against the data and the article before
 * committing it. The one exception is {@value #NAMED_GRAPHS}, the triples per file: it is checked
 * against what the loader counted, not against a stored answer, so that no edit has to touch it.
 */
class SavedQueryAnswersTest {

    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = Path.of("src/test/resources/expected/queries");
    static final String NAMED_GRAPHS = "named-graphs";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LoadedGraph graph;
    private static KgServer server;

    @BeforeAll
    static void startServerOnTheShippedGraph() {
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        server = KgServer.start(graph, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 30));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    static Stream<String> savedQueryNames() {
        return new SavedQueries(QUERIES).list().stream().map(SavedQuery::name);
    }

    static Stream<String> queriesWithAStoredAnswer() {
        return savedQueryNames().filter(name -> !name.equals(NAMED_GRAPHS));
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
    @MethodSource("queriesWithAStoredAnswer")
    void answersExactlyAsExpectedInProcessAndOverHttp(String name) {
        SavedQuery saved = new SavedQueries(QUERIES).get(name);
        Query query = QueryParameters.substitute(saved, Map.of());
        QueryAnswer inProcess = QueryAnswer.of(query, run(query, QueryTarget.inProcess(graph)));
        Path expectedFile = EXPECTED.resolve(name + inProcess.extension());
        Regeneration.writeIfEnabled(expectedFile, inProcess.canonicalText());
        QueryAnswer expected = QueryAnswer.read(query, expectedFile);

        expected.assertSame(inProcess, name + " in-process");
        expected.assertSame(QueryAnswer.of(query, run(query, QueryTarget.endpoint(sparqlEndpoint()))),
                name + " through the query runner over HTTP");
        expected.assertSame(QueryAnswer.of(query, postRawFile(saved.file(), query)), name + " as the raw file POSTed over HTTP");
    }

    @ParameterizedTest(name = "{0} --param {1}")
    @MethodSource("parameterCases")
    void answersWithParametersExactlyAsExpectedInProcessAndOverHttp(String name, String caseName, Map<String, String> values) {
        Query query = QueryParameters.substitute(new SavedQueries(QUERIES).get(name), values);
        QueryAnswer inProcess = QueryAnswer.of(query, run(query, QueryTarget.inProcess(graph)));
        Path expectedFile = EXPECTED.resolve("with-parameters").resolve(name + "--" + caseName + inProcess.extension());
        Regeneration.writeIfEnabled(expectedFile, inProcess.canonicalText());
        QueryAnswer expected = QueryAnswer.read(query, expectedFile);

        expected.assertSame(inProcess, name + " in-process");
        expected.assertSame(QueryAnswer.of(query, run(query, QueryTarget.endpoint(sparqlEndpoint()))), name + " over HTTP");
    }

    /** The one place where the triples of each named graph are checked: against the loader's own count. */
    @Test
    void namedGraphsCountsWhatTheLoaderLoaded() {
        Query query = QueryParameters.substitute(new SavedQueries(QUERIES).get(NAMED_GRAPHS), Map.of());
        String loaded = "?graph\t?triples\n" + graph.triplesPerGraph().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> "<" + entry.getKey() + ">\t" + entry.getValue() + "\n")
                .collect(Collectors.joining());
        QueryAnswer expected = QueryAnswer.of(query, loaded);

        expected.assertSame(QueryAnswer.of(query, run(query, QueryTarget.inProcess(graph))), NAMED_GRAPHS + " in-process");
        expected.assertSame(QueryAnswer.of(query, postRawFile(new SavedQueries(QUERIES).get(NAMED_GRAPHS).file(), query)),
                NAMED_GRAPHS + " over HTTP");
        assertTrue(graph.triplesPerGraph().size() >= 12, graph.triplesPerGraph().toString());
    }

    @Test
    void anEntityCanBeGivenByPrefixedNameFullIriLabelOrGarbledName() {
        SavedQuery evidence = new SavedQueries(QUERIES).get("evidence-for");
        String byPrefixedName = run(QueryParameters.substitute(evidence, Map.of("entity", "tkd:steve-witkoff")),
                QueryTarget.inProcess(graph));

        for (String sameEntity : List.of("https://w3id.org/talks-kg/id/steve-witkoff",
                "<https://w3id.org/talks-kg/id/steve-witkoff>", "Steve Witkoff", "steve witkoff", "Witkov")) {
            assertEquals(byPrefixedName, run(QueryParameters.substitute(evidence, Map.of("entity", sameEntity)),
                    QueryTarget.inProcess(graph)), sameEntity);
        }
        assertTrue(byPrefixedName.lines().count() > 1, byPrefixedName);
    }

    @Test
    void everySavedQueryHasAnExpectedAnswerAndEveryExpectedAnswerASavedQuery() throws IOException {
        List<String> names = queriesWithAStoredAnswer().toList();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!Files.exists(EXPECTED.resolve(name + ".tsv")) && !Files.exists(EXPECTED.resolve(name + ".nt"))) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "saved queries without an expected answer in " + EXPECTED
                + " (NAME.tsv for SELECT, NAME.nt for CONSTRUCT): run mvn test -Dregenerate");

        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXPECTED)) {
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

    /** The answer as the query command prints it: TSV for a SELECT, N-Triples for a CONSTRUCT. */
    private static String run(Query query, QueryTarget target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(query, target, QueryAnswer.isGraph(query) ? OutputFormat.NTRIPLES : OutputFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** As {@code curl --data-binary @queries/NAME.rq -H 'Content-Type: application/sparql-query'} does. */
    private static String postRawFile(Path file, Query query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(sparqlEndpoint())
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", QueryAnswer.isGraph(query) ? "application/n-triples" : "text/tab-separated-values")
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
}
