package org.talkskg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every {@code *.ttl} file under the ontology and data folders (recursively, in sorted
 * order) into its own named graph; see {@link GraphRole#graphIri} for the names. Other files are
 * ignored. Loading is all or nothing: the first file that does not parse stops it, and nothing
 * is written.
 */
public final class GraphLoader {

    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

    private GraphLoader() {}

    /**
     * Loads the files into a new in-memory dataset that never changes, with the union of its
     * named graphs copied once into the default graph.
     */
    public static LoadedGraph load(GraphFolders folders) {
        MessageDigest version = sha256();
        Map<String, Graph> graphs = parseAll(folders, version);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        graphs.forEach((graphIri, graph) -> dataset.addGraph(NodeFactory.createURI(graphIri), graph));
        return LoadedGraph.unchanging(dataset, sizes(graphs), HexFormat.of().formatHex(version.digest()));
    }

    /**
     * Replaces everything in the dataset with the graphs of the files, in one write transaction.
     * Every file is parsed before anything is written, so a file that does not parse leaves the
     * dataset as it was.
     *
     * @return named graph IRI to its number of triples, in load order
     */
    public static Map<String, Long> replaceContent(DatasetGraph dataset, GraphFolders folders) {
        Map<String, Graph> graphs = parseAll(folders, sha256());
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            graphs.forEach((graphIri, graph) -> dataset.addGraph(NodeFactory.createURI(graphIri), graph));
        });
        return sizes(graphs);
    }

    /**
     * Every Turtle file of the folders, parsed, by named graph IRI in load order.
     *
     * @param version takes in each file's graph name and bytes, so that it names what was loaded
     */
    private static Map<String, Graph> parseAll(GraphFolders folders, MessageDigest version) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        files(folders).forEach((graphIri, file) -> {
            version.update(graphIri.getBytes(StandardCharsets.UTF_8));
            version.update(bytes(file));
            graphs.put(graphIri, parse(file));
        });
        return graphs;
    }

    /**
     * The Turtle files of the folders by the named graph IRI each loads into, in load order: what
     * every load reads, and what another server must be given to hold the same graphs.
     */
    public static Map<String, Path> files(GraphFolders folders) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (GraphRole role : GraphRole.values()) {
            Path folder = folders.folderFor(role);
            for (Path file : turtleFilesUnder(role, folder)) {
                files.put(role.graphIri(folder.relativize(file)), file);
            }
        }
        return files;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GraphLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static Map<String, Long> sizes(Map<String, Graph> graphs) {
        Map<String, Long> triplesPerGraph = new LinkedHashMap<>();
        graphs.forEach((graphIri, graph) -> triplesPerGraph.put(graphIri, (long) graph.size()));
        return triplesPerGraph;
    }

    private static List<Path> turtleFilesUnder(GraphRole role, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new GraphLoadException("No " + role.folderName() + " folder at " + folder);
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            // Sorted by relative path so graphs load, and are listed, in the same order everywhere.
            return paths.filter(Files::isRegularFile)
                    .filter(GraphRole::isTurtleFile)
                    .sorted(Comparator.comparing(path -> folder.relativize(path).toString()))
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new GraphLoadException("Cannot read the " + role.folderName() + " folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Graph parse(Path file) {
        // Parsed into a graph of its own first, so a broken file never leaves half its triples behind.
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(new FailOnError(file)).parse(graph);
        } catch (RuntimeIOException e) {
            throw new GraphLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return graph;
    }

    /** Turns the parser's first error into a {@link TurtleSyntaxException}; warnings are only logged. */
    private record FailOnError(Path file) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long column) {
            LOG.warn("{}:{}:{}: {}", file, line, column, message);
        }

        @Override
        public void error(String message, long line, long column) {
            throw new TurtleSyntaxException(file, line, column, message);
        }

        @Override
        public void fatal(String message, long line, long column) {
            throw new TurtleSyntaxException(file, line, column, message);
        }
    }
}
