package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.store.KgStore;

/** talks-kg publish: every named graph replaces its twin on a Graph Store endpoint, or the first refusal stops it. */
class PublishCommandTest {

    private static final String[] SHIPPED = {"--ontology", "ontology", "--data", "data"};
    private static final Node OTHER = NodeFactory.createURI("https://example.org/kept");

    private static LoadedGraph graph;

    private DatasetGraph remote;
    private FusekiServer server;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
    }

    @BeforeEach
    void start() {
        remote = DatasetGraphFactory.createTxnMem();
        server = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void everyNamedGraphReplacesItsTwinAndNothingElseIsTouched() {
        Node first = NodeFactory.createURI(graph.triplesPerGraph().keySet().iterator().next());
        remote.add(first, OTHER, OTHER, OTHER);
        remote.add(OTHER, OTHER, OTHER, OTHER);

        CommandRun run = run("publish", "--to", endpoint());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        Set<String> expected = new TreeSet<>(graph.triplesPerGraph().keySet());
        expected.add(OTHER.getURI());
        assertEquals(expected, names(remote));
        for (String name : graph.triplesPerGraph().keySet()) {
            Node node = NodeFactory.createURI(name);
            assertTrue(remote.getGraph(node).isIsomorphicWith(graph.dataset().getGraph(node)), name);
        }
        assertEquals(1, remote.getGraph(OTHER).size());
        List<String> lines = run.err().lines().toList();
        assertEquals(graph.triplesPerGraph().size() + 1, lines.size(), run.err());
        String firstIri = first.getURI();
        assertEquals("Sent " + firstIri + " (" + graph.triplesPerGraph().get(firstIri) + " triples, 1 of "
                + graph.triplesPerGraph().size() + ")", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).matches("Published " + graph.triplesPerGraph().size() + " graphs, "
                + graph.totalTriples() + " triples, to \\Q" + endpoint() + "\\E in \\d+\\.\\d s"), lines.get(lines.size() - 1));
    }

    @Test
    void aDryRunListsEachGraphAndSendsNothing() {
        CommandRun run = run("publish", "--to", endpoint(), "--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        List<String> expected = new ArrayList<>();
        graph.triplesPerGraph().forEach((iri, triples) -> expected.add(iri + "\t" + triples));
        assertEquals(expected, run.out().lines().toList());
        assertEquals("Would publish " + graph.triplesPerGraph().size() + " graphs, " + graph.totalTriples()
                + " triples, to " + endpoint() + "; nothing was sent\n", run.err());
        assertTrue(remote.isEmpty());
    }

    @Test
    void aServerThatRefusesStopsAtTheFirstGraphWithItsStatus() {
        String refusing = "http://127.0.0.1:" + server.getHttpPort() + "/ds/sparql";

        CommandRun run = run("publish", "--to", refusing);

        assertEquals(1, run.exitCode());
        String firstIri = graph.triplesPerGraph().keySet().iterator().next();
        int total = graph.triplesPerGraph().size();
        assertEquals("Publishing " + firstIri + " to " + refusing + " failed: HTTP 405 Method Not Allowed: HTTP method not allowed: PUT; 0 of " + total
                + " graphs were sent before it, the other " + total + " were not sent and are as they were\n", run.err());
        assertTrue(remote.isEmpty());
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInOneLine() {
        int closedPort = Fixtures.freePort();

        CommandRun run = run("publish", "--to", "http://127.0.0.1:" + closedPort + "/ds/data");

        assertEquals(1, run.exitCode());
        int total = graph.triplesPerGraph().size();
        assertEquals("Publishing " + graph.triplesPerGraph().keySet().iterator().next() + " to http://127.0.0.1:" + closedPort
                + "/ds/data failed: cannot reach the server (connection refused); 0 of " + total
                + " graphs were sent before it, the other " + total + " were not sent and are as they were\n", run.err());
    }

    @Test
    void aStoreIsPublishedWithWhatItHoldsBeyondTheFiles() {
        Path storeFolder = folder.resolve("store");
        Node curated = NodeFactory.createURI("https://w3id.org/talks-kg/graph/data/curated");
        try (KgStore store = KgStore.open(storeFolder, new GraphFolders(Path.of("ontology"), Path.of("data")), false)) {
            Txn.executeWrite(store.namedGraphs(), () -> store.namedGraphs().add(curated, OTHER, OTHER, OTHER));
        }

        CommandRun run = CommandRun.of("publish", "--to", endpoint(), "--store", storeFolder.toString(), "--ontology", "ontology",
                "--data", "data");

        assertEquals(0, run.exitCode(), run.err());
        Set<String> expected = new TreeSet<>(graph.triplesPerGraph().keySet());
        expected.add(curated.getURI());
        assertEquals(expected, names(remote));
        assertEquals(1, remote.getGraph(curated).size());
    }

    @Test
    void aUserNeedsAPasswordFile() throws Exception {
        CommandRun withoutFile = run("publish", "--to", endpoint(), "--user", "alice");
        Path missing = folder.resolve("missing");
        CommandRun unreadable = run("publish", "--to", endpoint(), "--user", "alice", "--password-file", missing.toString());

        assertEquals(2, withoutFile.exitCode());
        assertTrue(withoutFile.err().startsWith("--user and --password-file go together\n"), withoutFile.err());
        assertEquals(2, unreadable.exitCode());
        assertTrue(unreadable.err().startsWith("--password-file " + missing + ": cannot be read"), unreadable.err());
        assertFalse(Files.exists(missing));
        assertTrue(remote.isEmpty());
    }

    @Test
    void helpNamesEveryOption() {
        CommandRun run = CommandRun.of("publish", "--help");

        assertEquals(0, run.exitCode());
        for (String option : List.of("--to", "--user", "--password-file", "--dry-run", "--store", "--data", "--ontology")) {
            assertTrue(run.out().contains(option), option);
        }
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
    }

    private static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(SHIPPED));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static Set<String> names(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
        return names;
    }
}
