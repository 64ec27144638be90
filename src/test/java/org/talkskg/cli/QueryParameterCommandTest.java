package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * --param on the query command, on the shipped graph, in-process and against a real server: values
 * are data, never query syntax, and a value that cannot be an RDF term is refused with exit code 1.
 */
class QueryParameterCommandTest {

    /** What evidence-for prints for an entity that does not exist: the header row only. */
    private static final String NO_ROWS = "about,sentence,fact,via,text\r\n";
    private static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";

    private static KgServer server;
    private static String endpoint;

    @BeforeAll
    static void startServerOnTheShippedGraph() {
        GraphFolders bundled = new GraphFolders(BundledFolders.folder("ontology"), BundledFolders.folder("data"));
        server = KgServer.start(GraphLoader.load(bundled), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 30));
        endpoint = server.baseUrl().resolve("kg/sparql").toString();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void aLabelSelectsTheEntity() {
        CommandRun byLabel = CommandRun.of("query", "evidence-for", "--param", "entity=Vladimir Putin", "--format", "csv");
        CommandRun byName = CommandRun.of("query", "evidence-for", "--param", "entity=tkd:vladimir-putin", "--format", "csv",
                "--endpoint", endpoint);

        assertEquals(0, byLabel.exitCode(), byLabel.err());
        assertTrue(byLabel.out().startsWith(NO_ROWS + "Vladimir Putin,3,Vladimir Putin,itself,"), byLabel.out());
        assertEquals(byLabel.out(), byName.out());
    }

    @Test
    void textThatMatchesNoNameGetsAHintOnStderr() {
        CommandRun misspelt = CommandRun.of("query", "evidence-for", "--param", "entity=Witkof", "--format", "csv");
        CommandRun unknownIri = CommandRun.of("query", "evidence-for", "--param", "entity=tkd:nobody", "--format", "csv");

        assertEquals(0, misspelt.exitCode(), misspelt.err());
        assertEquals(NO_ROWS, misspelt.out());
        assertEquals("No rows: the text 'Witkof' given for entity matched no name. Text is compared with whole names, in any"
                + " case; the search page, or talks-kg query entity-search --param 'text=Witkof', finds the names that contain it."
                + " Or give a prefixed IRI, such as tkd:volodymyr-zelensky.\n", misspelt.err());
        assertEquals(NO_ROWS, unknownIri.out());
        assertEquals("", unknownIri.err());
    }

    @Test
    void textThatMatchesAWholeNameInAnyCaseGetsNoHint() {
        CommandRun run = CommandRun.of("query", "evidence-for", "--param", "entity=steve witkov", "--format", "csv");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(NO_ROWS + "Steve Witkoff,"), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x\" } ; DROP ALL ; SELECT * { \"",
        "} ; DROP ALL",
        "x' } ; DROP ALL ; #",
        "\"\"\" } INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
        "tkd:x> } ; DROP ALL",
    })
    void aValueThatLooksLikeQuerySyntaxIsOnlyText(String value) {
        long before = triplesOnTheServer();

        CommandRun inProcess = CommandRun.of("query", "evidence-for", "--param", "entity=" + value, "--format", "csv");
        CommandRun overHttp = CommandRun.of("query", "evidence-for", "--param", "entity=" + value, "--format", "csv",
                "--endpoint", endpoint);

        // The same answer as for any name that matches nothing, and no error.
        assertEquals(0, inProcess.exitCode(), inProcess.err());
        assertEquals(NO_ROWS, inProcess.out());
        assertEquals(QueryCommand.noMatchHint("entity", value) + "\n", inProcess.err());
        assertEquals(0, overHttp.exitCode(), overHttp.err());
        assertEquals(NO_ROWS, overHttp.out());
        assertEquals(before, triplesOnTheServer());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<https://w3id.org/talks-kg/id/x> } ; DROP ALL ; SELECT * { <y>",
        "https://w3id.org/talks-kg/id/x>y",
        "tkd:x>}DROP",
    })
    void anIriThatIsNotValidIsRefused(String value) {
        long before = triplesOnTheServer();

        CommandRun run = CommandRun.of("query", "evidence-for", "--param", "entity=" + value, "--endpoint", endpoint);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("Parameter entity: not a valid IRI: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("", run.out());
        assertEquals(before, triplesOnTheServer());
    }

    @Test
    void anUnknownParameterListsTheQuerysParameters() {
        CommandRun run = CommandRun.of("query", "evidence-for", "--param", "person=Putin");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("Query evidence-for has no parameter 'person'; it takes: entity - "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingRequiredParameterIsOneReadableLine() {
        CommandRun run = CommandRun.of("query", path("param-queries/label-of.rq").toString(),
                "--ontology", path("tiny/ontology").toString(), "--data", path("tiny/data").toString());

        assertEquals(1, run.exitCode());
        assertEquals("Query label-of needs --param thing=VALUE; it takes: thing - what to look up: an IRI or a label"
                + " (required); lang - the language of the label (default en)\n", run.err());
    }

    @Test
    void aRequiredParameterGivenRunsTheQuery() {
        CommandRun run = CommandRun.of("query", path("param-queries/label-of.rq").toString(), "--format", "tsv",
                "--param", "thing=<https://example.org/tiny#alice>",
                "--ontology", path("tiny/ontology").toString(), "--data", path("tiny/data").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("?label\n\"Alice\"\n", run.out());
    }

    @Test
    void aParamWithoutEqualsSignIsAUsageError() {
        CommandRun run = CommandRun.of("query", "evidence-for", "--param", "entity");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--param"), run.err());
    }

    private static long triplesOnTheServer() {
        try (var exec = QueryExecHTTP.service(endpoint).query(COUNT_ALL).build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }
}
