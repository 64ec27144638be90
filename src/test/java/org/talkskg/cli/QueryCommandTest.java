package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * The query command on the shipped graph: the repository's ontology/, data/ and queries/
 * folders, read as bundled resources exactly as the jar reads them.
 */
class QueryCommandTest {

    private static final String SAVED_QUERY = "who-attended-which-talks";

    private static KgServer server;

    @BeforeAll
    static void startServerOnTheShippedGraph() {
        GraphFolders bundled = new GraphFolders(BundledFolders.folder("ontology"), BundledFolders.folder("data"));
        server = KgServer.start(GraphLoader.load(bundled), new ServerSettings(0, "127.0.0.1", 10));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void savedQueryAsTable() {
        assertPrints("expected/" + SAVED_QUERY + ".table.txt", CommandRun.of("query", SAVED_QUERY));
    }

    @Test
    void savedQueryAsCsv() {
        assertPrints("expected/" + SAVED_QUERY + ".csv", CommandRun.of("query", SAVED_QUERY, "--format", "csv"));
    }

    @Test
    void savedQueryAsJson() {
        assertPrints("expected/" + SAVED_QUERY + ".json", CommandRun.of("query", SAVED_QUERY, "--format", "json"));
    }

    @Test
    void savedQueryOnTheServerGivesTheSameTable() {
        String endpoint = server.baseUrl().resolve("kg/sparql").toString();

        assertPrints("expected/" + SAVED_QUERY + ".table.txt", CommandRun.of("query", SAVED_QUERY, "--endpoint", endpoint));
    }

    @Test
    void aQueryThatDoesNotParseNamesLineAndColumn() {
        Path file = path("bad-queries/missing-closing-brace.rq");

        CommandRun run = CommandRun.of("query", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals(file + ":4:25: SPARQL syntax error: Encountered \"<EOF>\"\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnreachableEndpointIsOneReadableLine() {
        String closed = "http://127.0.0.1:" + Fixtures.freePort() + "/kg/sparql";

        CommandRun run = CommandRun.of("query", SAVED_QUERY, "--endpoint", closed);

        assertEquals(1, run.exitCode());
        assertEquals("Cannot connect to SPARQL endpoint " + closed + ": is the server running and the address right?\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void anEndpointThatAnswersWithAnErrorStatusIsOneReadableLine() {
        String wrongPath = server.baseUrl().resolve("kg/nothing").toString();

        CommandRun run = CommandRun.of("query", SAVED_QUERY, "--endpoint", wrongPath);

        assertEquals(1, run.exitCode());
        assertEquals("SPARQL endpoint " + wrongPath + " answered HTTP 404 Not Found\n", run.err());
    }

    @Test
    void anUnknownSavedQueryIsOneReadableLine() {
        CommandRun run = CommandRun.of("query", "who-won");

        assertEquals(1, run.exitCode());
        assertEquals("No saved query named 'who-won': " + BundledFolders.folder("queries").resolve("who-won.rq")
                + " does not exist\n", run.err());
    }

    @Test
    void aFormatThatDoesNotExistIsAUsageError() {
        CommandRun run = CommandRun.of("query", SAVED_QUERY, "--format", "yaml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--format': expected one of "
                + "[table, csv, tsv, json, xml, turtle, jsonld, ntriples] but was 'yaml'\n"), run.err());
    }

    @Test
    void anEndpointTogetherWithLocalFoldersIsAUsageError() {
        CommandRun run = CommandRun.of("query", SAVED_QUERY, "--endpoint", "http://127.0.0.1:3030/kg/sparql",
                "--data", path("tiny/data").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--endpoint queries the server's graph: --ontology and --data do not apply\n"),
                run.err());
    }

    @Test
    void otherFoldersCanBeQueriedInsteadOfTheShippedOnes() {
        CommandRun run = CommandRun.of("query", "attendees", "--format", "tsv",
                "--queries", path("tiny/queries").toString(),
                "--ontology", path("tiny/ontology").toString(),
                "--data", path("tiny/data").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("?meeting\t?name\n\"Spring meeting\"\t\"Alice\"\n\"Spring meeting\"\t\"Bob\"\n", run.out());
    }

    private static void assertPrints(String expectedResource, CommandRun run) {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Fixtures.text(expectedResource), run.out());
        assertEquals("", run.err());
    }
}
