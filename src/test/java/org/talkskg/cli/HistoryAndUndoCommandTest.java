package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.basicAuth;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphRole;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.TestClient;
import org.talkskg.server.UpdateAccess;
import org.talkskg.server.UpdateSettings;
import org.talkskg.store.KgStore;

/** Every change over HTTP is in the store's history, and undo takes the store back to any point of it. */
class HistoryAndUndoCommandTest {

    private static final GraphFolders FILES = new GraphFolders(Path.of("ontology"), Path.of("data"));
    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final String NOTE = "INSERT DATA { GRAPH <" + CURATED + "> {"
            + " <https://w3id.org/talks-kg/id/note> <http://www.w3.org/2000/01/rdf-schema#label> \"a note\" } }";

    @TempDir
    Path folder;

    @Test
    void aWipeOfEveryDataGraphIsUndoneExactly() throws Exception {
        Path storeFolder = folder.resolve("store");
        Map<Node, Graph> loaded;
        List<String> dataGraphs;
        Path passwords = Files.writeString(Files.createTempFile("passwords", ""), "alice: wonderland\n");
        passwords.toFile().deleteOnExit();
        try (KgStore store = KgStore.open(storeFolder, FILES, false)) {
            loaded = Fixtures.copyOfGraphs(store.namedGraphs());
            dataGraphs = loaded.keySet().stream().map(Node::getURI).filter(iri -> iri.startsWith(GraphRole.DATA.graphNamespace())).toList();
            KgServer server = KgServer.startWithUpdates(store, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 30),
                    UpdateAccess.of(passwords, List.of()), UpdateSettings.defaults());
            try {
                TestClient client = new TestClient(server.baseUrl());
                assertEquals(204, update(client, NOTE).statusCode());
                // One request: dropped one by one, the graphs left would point at entities of the dropped ones.
                List<String> wiped = new ArrayList<>(dataGraphs);
                wiped.add(CURATED);
                assertEquals(204, update(client, wipe(wiped)).statusCode());
                assertEquals(List.of(List.of("0")), client.select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }"
                        + " FILTER STRSTARTS(STR(?g), \"" + GraphRole.DATA.graphNamespace() + "\") }"));
            } finally {
                server.stop();
            }
        }

        CommandRun history = CommandRun.of("history", "--store", storeFolder.toString());
        CommandRun undo = CommandRun.of("undo", "--store", storeFolder.toString(), "--to", "0");

        assertEquals(0, history.exitCode(), history.err());
        List<String> lines = history.out().lines().toList();
        assertEquals(HistoryCommand.HEADER, lines.get(0));
        assertEquals(List.of("1", "alice", "SPARQL Update", "1", "0", NOTE), columnsBut(lines.get(1), 1));
        long dataTriples = dataGraphs.stream().mapToLong(graph -> loaded.get(NodeFactory.createURI(graph)).size()).sum();
        assertEquals(List.of("2", "alice", "SPARQL Update", "0", Long.toString(dataTriples + 1),
                "DROP GRAPH <" + dataGraphs.get(0) + "> ; ..."), columnsBut(lines.get(2), 1));
        assertEquals(3, lines.size());
        int undoNumber = 3;
        assertEquals(0, undo.exitCode(), undo.err());
        assertTrue(undo.out().startsWith("The store " + storeFolder + " is back to how it was after change 0: recorded as change "
                + undoNumber + " ("), undo.out());
        try (KgStore reopened = KgStore.open(storeFolder, FILES, false)) {
            Map<Node, Graph> restored = Fixtures.copyOfGraphs(reopened.namedGraphs());
            assertEquals(loaded.keySet(), restored.keySet());
            loaded.forEach((graph, triples) -> assertTrue(triples.isIsomorphicWith(restored.get(graph)), graph.getURI()));
        }
        List<String> last = CommandRun.of("history", "--store", storeFolder.toString()).out().lines().toList();
        assertEquals(List.of(Integer.toString(undoNumber), System.getProperty("user.name"), "undo", "undo --to 0"),
                List.of(columns(last.get(undoNumber)).get(0), columns(last.get(undoNumber)).get(2), columns(last.get(undoNumber)).get(3),
                        columns(last.get(undoNumber)).get(6)));
    }

    @Test
    void undoRefusesAChangeTheLogDoesNotHave() throws Exception {
        Path storeFolder = folder.resolve("store");
        KgStore.open(storeFolder, new GraphFolders(Path.of("ontology"), Fixtures.path("shacl")), false).close();

        CommandRun unknown = CommandRun.of("undo", "--store", storeFolder.toString(), "--to", "3");
        CommandRun noStore = CommandRun.of("history", "--store", folder.resolve("nothing").toString());

        assertEquals(1, unknown.exitCode());
        assertEquals("No change 3 in the log of " + storeFolder + ": it has none yet\n", unknown.err());
        assertEquals(1, noStore.exitCode());
        assertEquals("No store at " + folder.resolve("nothing") + ": serve --store DIR makes one\n", noStore.err());
    }

    private static String wipe(List<String> graphs) {
        return String.join(" ;\n", graphs.stream().map(graph -> "DROP GRAPH <" + graph + ">").toList());
    }

    private static HttpResponse<String> update(TestClient client, String update) throws Exception {
        return client.send(client.request("kg/update")
                .header("Authorization", basicAuth("alice", "wonderland"))
                .header("Content-Type", "application/sparql-update")
                .header("X-Confirm-Bulk-Delete", "yes")
                .POST(BodyPublishers.ofString(update)));
    }

    private static List<String> columns(String line) {
        return List.of(line.split("\t", -1));
    }

    /** The columns of a history line without the one at this index (the time, which changes from run to run). */
    private static List<String> columnsBut(String line, int skipped) {
        List<String> columns = new ArrayList<>(columns(line));
        columns.remove(skipped);
        return columns;
    }
}
