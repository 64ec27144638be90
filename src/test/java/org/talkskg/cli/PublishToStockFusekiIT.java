package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.ServerProcess;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.load.StockFuseki;
import org.talkskg.publish.PublishedAnswers;
import org.talkskg.publish.SparqlEndpoint;

/**
 * publish to the stock Fuseki server (the jar the build fetches into target/stock-fuseki/) on a
 * TDB2 database whose default graph is the union, as talks-kg's: every saved query then answers
 * there exactly as in this process.
 */
class PublishToStockFusekiIT {

    private static final Path FOLDER = Path.of("target/publish-it/stock-fuseki");

    private static LoadedGraph graph;
    private static ServerProcess fuseki;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        if (Files.exists(FOLDER)) {
            PathUtils.deleteDirectory(FOLDER);
        }
        Files.createDirectories(FOLDER);
        Path config = StockFuseki.writeStoreConfig(FOLDER.resolve("tdb2"), FOLDER.resolve("config.ttl"));
        int port = Fixtures.freePort();
        fuseki = StockFuseki.start(Path.of(System.getProperty("stock-fuseki.jar", "target/stock-fuseki/jena-fuseki-server.jar")),
                config, port, List.of("-Xmx512m"));
        base = URI.create("http://127.0.0.1:" + port + "/kg/");
        SparqlEndpoint.awaitAnswer(base.resolve("sparql"), fuseki);
    }

    @AfterAll
    static void stop() throws Exception {
        fuseki.close();
    }

    @Test
    void everySavedQueryAnswersOnThePublishedGraphAsInProcess() {
        long start = System.nanoTime();
        CommandRun run = CommandRun.of("publish", "--to", base.resolve("data").toString(), "--ontology", "ontology", "--data", "data");
        System.out.printf("publish to the stock Fuseki server: %.2f s%n", (System.nanoTime() - start) / 1e9);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(graph.triplesPerGraph().size() + 1, run.err().lines().count(), run.err());
        PublishedAnswers.assertSame(graph, base.resolve("sparql"), Map.of(), FOLDER);
    }
}
