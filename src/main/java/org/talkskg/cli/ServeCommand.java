package org.talkskg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.talkskg.admission.QueryLanes;
import org.talkskg.bounds.StringBound;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.SavedQueries;
import org.talkskg.server.ConnectionLimits;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.UpdateAccess;
import org.talkskg.server.UpdateSettings;
import org.talkskg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the graph read-only over SPARQL, with pages to read it and the Fuseki web UI.",
            "Pages at /, SPARQL query at /kg/sparql and /kg/query, graphs at /kg/get, the SPARQL editor at /sparql-ui/."
                    + " Stops on Ctrl-C.",
            "The same with the inferences (super-classes, inverses...) at /kg-inferred/sparql, except with --update;"
                    + " the dataset's VoID description at /.well-known/void, the service description on a GET of /kg/sparql.",
            "With --store DIR --update --password-file FILE, also SPARQL Update at /kg/update and Graph Store writes"
                    + " at /kg/data for the users of that file. Read SECURITY.md before exposing the server.",
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private GraphFolderOptions graphFolders;

    @Mixin
    private QueriesFolderOption queriesFolder;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    private String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS,
            description = "Cancel a query running longer than this; the client gets 503 (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--max-wait", paramLabel = "SECONDS",
            description = "Refuse a query with 503 and Retry-After when it has waited this long for its turn to run"
                    + " (two queries per core run at once, and the long ones beside them), and an update when it has"
                    + " waited this long for its turn to write. Default: the --timeout, so no request waits longer than"
                    + " its time bound.")
    private Integer maxWaitSeconds;

    @Option(names = "--long-query-after", paramLabel = "MILLISECONDS", defaultValue = "" + QueryLanes.DEFAULT_LONG_AFTER_MILLIS,
            description = "A query that has used this much processor time is long: it must take one of the turns of"
                    + " --max-long-queries or be stopped with 503 and Retry-After; a query known to be long asks first"
                    + " (default: ${DEFAULT-VALUE}).")
    private int longQueryAfterMillis;

    @Option(names = "--max-long-queries", paramLabel = "N", defaultValue = "" + QueryLanes.DEFAULT_LONG_QUERIES,
            description = "How many long queries run at once, beside the cheap ones (default: ${DEFAULT-VALUE}).")
    private int maxLongQueries;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_RESULT_ROWS,
            description = "Cut a SELECT result after N rows, saying so in the response header X-SPARQL-MaxRows;"
                    + " CONSTRUCT and DESCRIBE use at most N solutions (default: ${DEFAULT-VALUE}).")
    private int maxRows;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "" + ServerSettings.DEFAULT_MAX_REQUEST_BYTES,
            description = "Refuse a request body larger than this with 413 (default: ${DEFAULT-VALUE}).")
    private int maxRequestBytes;

    @Option(names = "--max-string-length", paramLabel = "CHARS", defaultValue = "" + ServerSettings.DEFAULT_MAX_STRING_LENGTH,
            description = "Refuse with 422 a query that would build a longer string with CONCAT, REPLACE or GROUP_CONCAT"
                    + " (default: ${DEFAULT-VALUE}).")
    private int maxStringLength;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "" + ConnectionLimits.DEFAULT_IDLE_TIMEOUT_SECONDS,
            description = "Close a connection when nothing arrives on it for this long while the server waits for a request"
                    + " or its body (a query running does not count); clients that keep idle connections open should close"
                    + " them sooner (default: ${DEFAULT-VALUE}).")
    private int idleTimeoutSeconds;

    @Option(names = "--min-request-rate", paramLabel = "BYTES_PER_SECOND",
            defaultValue = "" + ConnectionLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND,
            description = "Refuse with 408, and close the connection, a request body that arrives slower than this after the"
                    + " first " + ConnectionLimits.BODY_GRACE_SECONDS + " s: a body of N bytes must arrive within "
                    + ConnectionLimits.BODY_GRACE_SECONDS + " s + N / rate (default: ${DEFAULT-VALUE}).")
    private int minRequestRate;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ConnectionLimits.DEFAULT_MAX_CONNECTIONS,
            description = "Accept at most N connections at once; further ones wait until one closes (default: ${DEFAULT-VALUE}).")
    private int maxConnections;

    @Option(names = "--cors", paramLabel = "ORIGIN", arity = "1..*", split = ",",
            description = "Let web pages from these origins read the answers (CORS), e.g. https://example.org;"
                    + " * for any origin. Credentials are never allowed. Default: CORS off.")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allow-service", paramLabel = "URL", arity = "1..*", split = ",",
            description = "Let a query's SERVICE call these SPARQL endpoints (exact URLs). Default: every SERVICE is refused.")
    private List<String> allowedServices = new ArrayList<>();

    @Option(names = "--no-cache",
            description = "Run every query, even one asked before. By default a read-only server keeps up to 64 MiB of"
                    + " answers and answers a repeated query from them; answers always carry an ETag either way.")
    private boolean noCache;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the graph in a TDB2 database in DIR: loaded from the files when DIR is new or empty,"
                    + " used as it is on later starts.")
    private Path store;

    @Option(names = "--reload",
            description = "With --store: replace what the store holds with the files; changes made by updates are lost.")
    private boolean reload;

    @Option(names = "--update",
            description = "With --store and --password-file: accept SPARQL Update at /kg/update and Graph Store"
                    + " writes at /kg/data, from the users of the password file (HTTP Basic: put TLS in front).")
    private boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --update: the users who may update, one 'user: password' line each (Jetty's format).")
    private Path passwordFile;

    @Option(names = "--update-users", paramLabel = "USER", arity = "1..*", split = ",",
            description = "With --update: only these users of the password file may update (default: all of them).")
    private List<String> updateUsers = new ArrayList<>();

    @Option(names = "--update-timeout", paramLabel = "SECONDS", defaultValue = "" + UpdateSettings.DEFAULT_TIMEOUT_SECONDS,
            description = "With --update: cancel an update running longer than this, changing nothing; the client gets 503"
                    + " and Retry-After (default: ${DEFAULT-VALUE}).")
    private int updateTimeoutSeconds;

    @Option(names = "--bulk-delete-share", paramLabel = "SHARE", defaultValue = "" + UpdateSettings.DEFAULT_BULK_DELETE_SHARE,
            description = "With --update: refuse with 409 a change that deletes more than this share of a data graph's"
                    + " triples, unless the request has the header X-Confirm-Bulk-Delete: yes; 1 refuses none"
                    + " (default: ${DEFAULT-VALUE}).")
    private double bulkDeleteShare;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        requireConsistentOptions();
        UpdateSettings updates = updateSettings();
        UpdateAccess access = update ? UpdateAccess.of(passwordFile, updateUsers) : null;
        SavedQueries queries = queriesFolder.savedQueries();
        if (store == null) {
            LoadedGraph graph = graphFolders.load();
            serve(KgServer.start(graph, queries, settings), graph, null, null);
            return 0;
        }
        KgStore kgStore = KgStore.open(store, graphFolders.folders(), reload, graphFolders.settings());
        LoadedGraph graph = kgStore.graph();
        KgServer server;
        try {
            server = access == null ? KgServer.start(graph, queries, settings)
                    : KgServer.startWithUpdates(kgStore, queries, settings, access, updates);
        } catch (RuntimeException e) {
            kgStore.close();
            throw e;
        }
        serve(server, graph, kgStore, describe(kgStore, access, server));
        return 0;
    }

    /** Prints where the server is, then blocks until it stops; the store, if any, is closed after the server. */
    private void serve(KgServer server, LoadedGraph graph, KgStore kgStore, String storeLine) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (kgStore != null) {
                kgStore.close();
            }
        }, "talks-kg-shutdown"));
        spec.commandLine().getOut().println("Serving " + server.baseUrl() + " - " + summary(graph));
        if (storeLine != null) {
            spec.commandLine().getOut().println(storeLine);
        }
        server.awaitStop();
    }

    private ServerSettings settings() {
        try {
            return new ServerSettings(port, host, timeoutSeconds, maxWaitSeconds != null ? maxWaitSeconds : timeoutSeconds,
                    maxRows, maxRequestBytes, corsOrigins, allowedServices, noCache ? 0 : ServerSettings.DEFAULT_RESULT_CACHE_BYTES,
                    new StringBound(maxStringLength), new ConnectionLimits(idleTimeoutSeconds, minRequestRate, maxConnections),
                    new QueryLanes(maxLongQueries, Duration.ofMillis(longQueryAfterMillis)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private UpdateSettings updateSettings() {
        try {
            return new UpdateSettings(updateTimeoutSeconds, bulkDeleteShare);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private void requireConsistentOptions() {
        if (reload && store == null) {
            throw new ParameterException(spec.commandLine(), "--reload needs --store DIR: it reloads a store");
        }
        if (update && store == null) {
            throw new ParameterException(spec.commandLine(), "--update needs --store DIR: updates are kept in a persistent store");
        }
        if (update && passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--update needs --password-file FILE: only the users listed there may update");
        }
        if (!update && (passwordFile != null || !updateUsers.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--password-file and --update-users only go with --update");
        }
    }

    /** E.g. "Store /var/kg: as it was left; updates at .../kg/update and .../kg/data for alice (HTTP Basic)". */
    private static String describe(KgStore kgStore, UpdateAccess access, KgServer server) {
        String content = kgStore.loadedFromFiles() ? "loaded from the files" : "as it was left (--reload loads the files again)";
        String updates = access == null ? "read-only"
                : "updates at " + server.baseUrl().resolve(KgServer.DATASET.substring(1) + "/" + KgServer.UPDATE_ENDPOINT)
                        + " and " + server.baseUrl().resolve(KgServer.DATASET.substring(1) + "/" + KgServer.GRAPH_STORE_ENDPOINT)
                        + " for " + access.describeUsers() + " (HTTP Basic)";
        return "Store " + kgStore.folder() + ": " + content + "; " + updates;
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
