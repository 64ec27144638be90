package org.talkskg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the graph read-only over SPARQL, with the Fuseki web UI.",
            "SPARQL query at /kg/sparql and /kg/query, graphs at /kg/get, the UI at /. Stops on Ctrl-C.",
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private GraphFolderOptions graphFolders;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    private String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS,
            description = "Cancel a query running longer than this (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        LoadedGraph graph = GraphLoader.load(graphFolders.folders());
        KgServer server = KgServer.start(graph, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "talks-kg-shutdown"));
        spec.commandLine().getOut().println("Serving " + server.baseUrl() + " - " + summary(graph));
        server.awaitStop();
        return 0;
    }

    private ServerSettings settings() {
        try {
            return new ServerSettings(port, host, timeoutSeconds);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** E.g. "812 triples in 2 graphs: ontology/talks-kg 700, data/actors 112". */
    private static String summary(LoadedGraph graph) {
        Map<String, Long> counts = graph.triplesPerGraph();
        String perGraph = counts.entrySet().stream()
                .map(entry -> entry.getKey().substring(GraphRole.GRAPH_NAMESPACE.length()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        return graph.totalTriples() + " triples in " + counts.size() + " graphs: " + perGraph;
    }
}
