package org.talkskg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.SavedQueries;

/** Test files under src/test/resources, the shipped graph and queries, a copy of a dataset's graphs, and a free local port. */
public final class Fixtures {

    private Fixtures() {}

    /**
     * A data folder {@code data} in the given one with the shapes' base fixture and the article
     * text its span cites, as a started server needs it.
     */
    public static Path baseDataFolder(Path folder) throws IOException {
        Path data = Files.createDirectories(folder.resolve("data").resolve("source")).getParent();
        Files.copy(path("shacl/base.ttl"), data.resolve("base.ttl"));
        Files.copy(path("shacl/source/article.txt"), data.resolve("source/article.txt"));
        return data;
    }

    /** A file or folder under src/test/resources, e.g. {@code tiny/data}. */
    public static Path path(String relative) {
        URL url = Fixtures.class.getClassLoader().getResource(relative);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tiny graph: tiny/ontology/tiny.ttl, tiny/data/people.ttl, tiny/data/meetings/spring.ttl. */
    public static LoadedGraph tinyGraph() {
        return GraphLoader.load(new GraphFolders(path("tiny/ontology"), path("tiny/data")));
    }

    /** The hostile graph: texts that are markup and script, links that are javascript: IRIs (hostile/data/hostile.ttl). */
    public static LoadedGraph hostileGraph() {
        return GraphLoader.load(new GraphFolders(path("hostile/ontology"), path("hostile/data")));
    }

    /** The shipped graph: ontology/ and data/ of the checkout. */
    public static LoadedGraph shippedGraph() {
        return GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
    }

    /** Every named graph of the dataset, copied out of it in a read transaction, by name. */
    public static Map<Node, Graph> copyOfGraphs(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Graph> graphs = new LinkedHashMap<>();
            dataset.listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dataset.getGraph(name).find().forEach(copy::add);
                graphs.put(name, copy);
            });
            return graphs;
        });
    }

    /** The shipped saved queries, queries/ of the checkout. */
    public static SavedQueries shippedQueries() {
        return new SavedQueries(Path.of("queries"));
    }

    /** A loopback port that nothing listens on (it was free a moment ago). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
