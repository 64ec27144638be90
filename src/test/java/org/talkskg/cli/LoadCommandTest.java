package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.corpus.CorpusFormat;
import org.talkskg.corpus.CorpusGenerator;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.store.KgStore;

/** load makes a store holding the same graphs as the files, from Turtle folders or N-Quads, or no store at all. */
class LoadCommandTest {

    private static final String GRAPH = "<https://w3id.org/talks-kg/graph/data/extra>";

    @TempDir
    Path folder;

    @Test
    void theShippedFoldersLoadIntoTheGraphsTheyHaveInMemory() {
        Path store = folder.resolve("store");
        LoadedGraph shipped = Fixtures.shippedGraph();
        long triples = shipped.triplesPerGraph().values().stream().mapToLong(Long::longValue).sum();

        CommandRun run = CommandRun.of("load", "--store", store.toString(), "--ontology", "ontology", "--data", "data",
                "--progress", "none");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(String.format(java.util.Locale.ROOT, "Loaded %,d triples from %d files into %s in ",
                triples, shipped.triplesPerGraph().size(), store)), run.out());
        assertSameGraphs(Fixtures.copyOfGraphs(shipped.dataset()), graphsOf(store));
    }

    @Test
    void aCorpusInNQuadsLoadsIntoTheSameGraphsAsItsTurtleFolder() {
        LoadedGraph shipped = Fixtures.shippedGraph();
        Path turtle = new CorpusGenerator(shipped, Path.of("data"), line -> {})
                .generate(3, 5, 0.5, folder.resolve("turtle"), CorpusFormat.TURTLE).folder();
        Path nquads = new CorpusGenerator(shipped, Path.of("data"), line -> {})
                .generate(3, 5, 0.5, folder.resolve("nquads"), CorpusFormat.NQUADS).folder();

        CommandRun fromTurtle = CommandRun.of("load", "--store", folder.resolve("a").toString(), "--ontology", "ontology",
                "--data", turtle.toString(), "--progress", "none");
        CommandRun fromQuads = CommandRun.of("load", "--store", folder.resolve("b").toString(), "--ontology", "ontology",
                nquads.resolve("corpus.nq").toString(), "--progress", "none");

        assertEquals(0, fromTurtle.exitCode(), fromTurtle.err());
        assertEquals(0, fromQuads.exitCode(), fromQuads.err());
        Map<Node, Graph> graphs = graphsOf(folder.resolve("a"));
        assertEquals(3 * 11 + 2, graphs.size(), graphs.keySet().toString());
        assertSameGraphs(graphs, graphsOf(folder.resolve("b")));
    }

    @Test
    void aFileThatDoesNotParseStopsTheLoadWithItsLineAndLeavesNoStore() throws IOException {
        Path quads = Files.writeString(folder.resolve("broken.nq"), String.join("\n",
                "<https://w3id.org/talks-kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" " + GRAPH + " .",
                "<https://w3id.org/talks-kg/id/b> <http://www.w3.org/2000/01/rdf-schema#label> \"b\" " + GRAPH + " .",
                "<https://w3id.org/talks-kg/id/c> rdfs:label \"c\" " + GRAPH + " .", ""),
                StandardCharsets.UTF_8);
        Path store = folder.resolve("store");
        Path emptyStore = Files.createDirectory(folder.resolve("empty"));

        CommandRun intoNew = CommandRun.of("load", "--store", store.toString(), quads.toString(), "--progress", "none");
        CommandRun intoEmpty = CommandRun.of("load", "--store", emptyStore.toString(), quads.toString(), "--progress", "none");

        assertEquals(1, intoNew.exitCode());
        assertTrue(intoNew.err().contains(quads + ":3:"), intoNew.err());
        assertFalse(intoNew.err().contains("\tat "), intoNew.err());
        assertFalse(Files.exists(store));
        assertEquals(1, intoEmpty.exitCode());
        try (var left = Files.list(emptyStore)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aStoreThatHoldsAGraphIsRefusedAndKeptAsItWas() {
        Path store = folder.resolve("store");
        assertEquals(0, CommandRun.of("load", "--store", store.toString(), "--progress", "none").exitCode());
        Map<Node, Graph> before = graphsOf(store);

        CommandRun again = CommandRun.of("load", "--store", store.toString(), "--progress", "none");

        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("holds a graph already"), again.err());
        assertSameGraphs(before, graphsOf(store));
    }

    @Test
    void aTriplesFileIsACommandLineErrorForItNamesNoGraph() {
        CommandRun run = CommandRun.of("load", "--store", folder.resolve("store").toString(), "data/actors.ttl");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("data/actors.ttl: not N-Quads (.nq) or TriG (.trig)"), run.err());
        assertFalse(Files.exists(folder.resolve("store")));
    }

    @Test
    void aFolderFileOverTheSizeLimitIsRefusedBeforeAnythingIsWritten() {
        CommandRun run = CommandRun.of("load", "--store", folder.resolve("store").toString(), "--max-file-size", "100KB",
                "--progress", "none");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("more than the limit of 100000 bytes"), run.err());
        assertFalse(Files.exists(folder.resolve("store")));
    }

    private static Map<Node, Graph> graphsOf(Path store) {
        try (KgStore opened = KgStore.openExisting(store)) {
            return Fixtures.copyOfGraphs(opened.namedGraphs());
        }
    }

    private static void assertSameGraphs(Map<Node, Graph> expected, Map<Node, Graph> actual) {
        assertEquals(new TreeMap<>(names(expected)), new TreeMap<>(names(actual)));
        expected.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(name)), "graph " + name));
    }

    /** Graph name to its number of triples. */
    private static Map<String, Integer> names(Map<Node, Graph> graphs) {
        Map<String, Integer> sizes = new TreeMap<>();
        graphs.forEach((name, graph) -> sizes.put(name.getURI(), graph.size()));
        return sizes;
    }
}
