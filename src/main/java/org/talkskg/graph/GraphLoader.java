package org.talkskg.graph;

import java.io.ByteArrayInputStream;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talkskg.Mebibytes;

/**
 * Reads every {@code *.ttl} file under the ontology and data folders (recursively, in sorted
 * order) into its own named graph; see {@link GraphRole#graphIri} for the names. Other files are
 * ignored. Loading is all or nothing: a file over the size limit stops it before any file is
 * read, the first file that is not UTF-8 or does not parse stops it, and nothing is written.
 */
public final class GraphLoader {

    private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

    private GraphLoader() {}

    /** {@link #load(GraphFolders, LoadSettings)} with the default size limit, quietly, unchecked. */
    public static LoadedGraph load(GraphFolders folders) {
        return load(folders, LoadSettings.DEFAULTS);
    }

    /**
     * Loads the files into a new in-memory dataset that never changes, with the union of its
     * named graphs copied once into the default graph, and gives it to the settings' check.
     */
    public static LoadedGraph load(GraphFolders folders, LoadSettings settings) {
        MessageDigest version = sha256();
        Map<String, Graph> graphs = parseAll(folders, settings, version);
        LoadedGraph loaded = LoadedGraph.unchanging(namedGraphs(graphs), sizes(graphs), HexFormat.of().formatHex(version.digest()));
        settings.check().accept(loaded);
        return loaded;
    }

    /**
     * Replaces everything in the dataset with the graphs of the files, in one write transaction.
     * Every file is parsed, and the graphs checked, before anything is written, so a file that does
     * not parse or a graph the check refuses leaves the dataset as it was.
     *
     * @return named graph IRI to its number of triples, in load order
     */
    public static Map<String, Long> replaceContent(DatasetGraph dataset, GraphFolders folders, LoadSettings settings) {
        Map<String, Graph> graphs = parseAll(folders, settings, sha256());
        settings.check().accept(LoadedGraph.of(namedGraphs(graphs)));
        Txn.executeWrite(dataset, () -> {
            dataset.clear();
            graphs.forEach((graphIri, graph) -> dataset.addGraph(NodeFactory.createURI(graphIri), graph));
        });
        return sizes(graphs);
    }

    /**
     * Every Turtle file of the folders, parsed, by named graph IRI in load order. Each file is read
     * once: the same bytes are checked, hashed and parsed.
     *
     * @param version takes in each file's graph name and bytes, so that it names what was loaded
     */
    private static Map<String, Graph> parseAll(GraphFolders folders, LoadSettings settings, MessageDigest version) {
        Map<String, Path> files = files(folders);
        // All sizes first, the article texts' too (they are read after the graph is loaded): an oversized
        // last file is refused before the others take their time to load.
        files.values().forEach(file -> requireWithinLimit(file, settings.maxFileBytes()));
        folders.sourceTexts().forEach(file -> requireWithinLimit(file, settings.maxFileBytes()));
        Map<String, Graph> graphs = new LinkedHashMap<>();
        files.forEach((graphIri, file) -> {
            byte[] bytes = bytes(file);
            Utf8Text.requireValid(file, bytes);
            version.update(graphIri.getBytes(StandardCharsets.UTF_8));
            version.update(bytes);
            graphs.put(graphIri, parse(file, bytes, settings.progress()));
        });
        return graphs;
    }

    private static DatasetGraph namedGraphs(Map<String, Graph> graphs) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        graphs.forEach((graphIri, graph) -> dataset.addGraph(NodeFactory.createURI(graphIri), graph));
        return dataset;
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

    /** Refuses a file larger than the limit, saying how large it is. */
    public static void requireWithinLimit(Path file, long maxBytes) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new GraphLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new GraphLoadException(file + " is " + describe(size) + ", more than the limit of " + describe(maxBytes)
                    + ": give a larger --max-file-size to load it");
        }
    }

    /** E.g. {@code 52428800 bytes (50.0 MiB)}; {@code 1000 bytes}. */
    private static String describe(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : bytes + " bytes (" + Mebibytes.of(bytes) + ")";
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

    private static Graph parse(Path file, byte[] bytes, Consumer<String> progress) {
        // Parsed into a graph of its own first, so a broken file never leaves half its triples behind.
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF destination = StreamRDFLib.graph(graph);
        if (bytes.length >= TripleProgress.FROM_BYTES) {
            destination = new TripleProgress(destination, file, bytes.length, progress);
        }
        // The base a parse of the file itself would have, so that relative IRIs resolve as before.
        RDFParser.source(new ByteArrayInputStream(bytes)).base(IRILib.filenameToIRI(file.toString()))
                .lang(Lang.TURTLE).errorHandler(new FailOnError(file)).parse(destination);
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
