package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        server = KgServer.start(GraphLoader.load(bundled), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void aSavedQueryPrintsATableByDefault() {
        assertPrints("""
                ------------------------------
                | meeting          | name    |
                ==============================
                | "Spring meeting" | "Alice" |
                | "Spring meeting" | "Bob"   |
                ------------------------------
                """, CommandRun.of(tiny("query", "attendees")));
    }

    @Test
    void theTableShortensIrisWithTheQuerysPrefixes(@TempDir Path folder) throws IOException {
        Path query = folder.resolve("people.rq");
        Files.writeString(query, "PREFIX tiny: <https://example.org/tiny#>\nSELECT ?person { ?person a tiny:Person } ORDER BY ?person\n");

        assertPrints("""
                --------------
                | person     |
                ==============
                | tiny:alice |
                | tiny:bob   |
                --------------
                """, CommandRun.of(tiny("query", query.toString())));
    }

    @Test
    void aSavedQueryAsCsv() {
        assertPrints("meeting,name\r\nSpring meeting,Alice\r\nSpring meeting,Bob\r\n",
                CommandRun.of(tiny("query", "attendees", "--format", "csv")));
    }

    @Test
    void aSavedQueryAsJson() {
        assertPrints("""
                { "head": {
                    "vars": [ "meeting" , "name" ]
                  } ,
                  "results": {
                    "bindings": [
                      {\s
                        "meeting": { "type": "literal" , "value": "Spring meeting" } ,
                        "name": { "type": "literal" , "value": "Alice" }
                      } ,
                      {\s
                        "meeting": { "type": "literal" , "value": "Spring meeting" } ,
                        "name": { "type": "literal" , "value": "Bob" }
                      }
                    ]
                  }
                }
                """, CommandRun.of(tiny("query", "attendees", "--format", "json")));
    }

    @Test
    void aSavedQueryOnTheServerPrintsWhatItPrintsInProcess() {
        String endpoint = server.baseUrl().resolve("kg/sparql").toString();
        CommandRun inProcess = CommandRun.of("query", SAVED_QUERY);

        assertPrints(inProcess.out(), CommandRun.of("query", SAVED_QUERY, "--endpoint", endpoint));
        assertTrue(inProcess.out().lines().count() > 5, inProcess.out());
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
    void anEndpointThatRefusesTheQueryIsOneLineWithItsReason() {
        String endpoint = server.baseUrl().resolve("kg/sparql").toString();

        CommandRun run = CommandRun.of("query", path("refused-queries/service-elsewhere.rq").toString(), "--endpoint", endpoint);

        assertEquals(1, run.exitCode());
        assertEquals("SPARQL endpoint " + endpoint + " answered HTTP 422 Unprocessable Entity: SERVICE <http://example.org/sparql>"
                + " refused: this server sends no requests to other endpoints\n", run.err());
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
        CommandRun run = CommandRun.of(tiny("query", "attendees", "--format", "tsv"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("?meeting\t?name\n\"Spring meeting\"\t\"Alice\"\n\"Spring meeting\"\t\"Bob\"\n", run.out());
    }

    /** The arguments followed by the options that point the command at the tiny fixture's folders. */
    private static String[] tiny(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--queries", path("tiny/queries").toString(),
                "--ontology", path("tiny/ontology").toString(),
                "--data", path("tiny/data").toString()));
        return all.toArray(String[]::new);
    }

    private static void assertPrints(String expected, CommandRun run) {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected, run.out());
        assertEquals("", run.err());
    }
}
