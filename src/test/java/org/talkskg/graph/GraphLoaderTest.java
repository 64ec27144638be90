package org.talkskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;

class GraphLoaderTest {

    private static final String ONTOLOGY = "https://w3id.org/talks-kg/graph/ontology/";
    private static final String DATA = "https://w3id.org/talks-kg/graph/data/";

    @Test
    void eachTurtleFileBecomesItsOwnNamedGraphAndOtherFilesAreIgnored() {
        LoadedGraph graph = Fixtures.tinyGraph();

        // Ontology first, then data, each sorted by relative path; notes.txt is not loaded.
        assertEquals(List.of(ONTOLOGY + "tiny", DATA + "meetings/spring", DATA + "people"),
                new ArrayList<>(graph.triplesPerGraph().keySet()));
        assertEquals(Map.of(ONTOLOGY + "tiny", 4L, DATA + "meetings/spring", 5L, DATA + "people", 4L),
                graph.triplesPerGraph());
        assertEquals(13, graph.totalTriples());
    }

    @Test
    void defaultGraphIsTheUnionOfAllFilesWithoutDuplicates() {
        LoadedGraph graph = Fixtures.tinyGraph();

        // 13 triples in the files, one of them in two files.
        assertEquals(List.of("12"), values(graph, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        // Attendees are in meetings/spring.ttl, their names in people.ttl.
        assertEquals(List.of("Alice", "Bob"), values(graph,
                "SELECT ?name { <https://example.org/tiny#spring> <https://example.org/tiny#attendee> ?p ."
                        + " ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name"));
    }

    @Test
    void theLoadedDatasetRefusesWrites() {
        LoadedGraph graph = Fixtures.tinyGraph();
        Quad quad = Quad.create(NodeFactory.createURI(DATA + "people"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));

        assertThrows(UnsupportedOperationException.class, () -> graph.dataset().add(quad));
    }

    @Test
    void aBrokenFileStopsLoadingWithItsPathLineAndColumn() {
        Path folder = path("broken/unterminated-literal");
        GraphFolders folders = new GraphFolders(path("tiny/ontology"), folder);

        TurtleSyntaxException error = assertThrows(TurtleSyntaxException.class, () -> GraphLoader.load(folders));

        Path file = folder.resolve("actors.ttl");
        assertEquals(file, error.file());
        // The string opened on line 4 runs into the end of the line; the parser stops at the start of line 5.
        assertEquals(5, error.line());
        assertEquals(1, error.column());
        assertEquals("Broken token (newline in string)", error.problem());
        assertEquals(file + ":5:1: Turtle syntax error: Broken token (newline in string)", error.getMessage());
    }

    @Test
    void aMissingFolderNamesItsRoleAndPath(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-folder");
        GraphFolders folders = new GraphFolders(path("tiny/ontology"), missing);

        GraphLoadException error = assertThrows(GraphLoadException.class, () -> GraphLoader.load(folders));

        assertEquals("No data folder at " + missing, error.getMessage());
    }

    @Test
    void loadsFromAZipFileSystemAsFromTheBundledJar(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("bundle.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            copyTree(path("tiny"), zip.getPath("/talks-kg"));
        }
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            LoadedGraph fromZip = GraphLoader.load(
                    new GraphFolders(zip.getPath("/talks-kg/ontology"), zip.getPath("/talks-kg/data")));

            assertEquals(Fixtures.tinyGraph().triplesPerGraph(), fromZip.triplesPerGraph());
        }
    }

    private static List<String> values(LoadedGraph graph, String selectOneVariable) {
        List<String> values = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(graph.dataset()).query(selectOneVariable).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> values.add(row.get(rows.getResultVars().get(0)).getLiteralLexicalForm()));
        }
        return values;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
