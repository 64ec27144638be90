package org.talkskg.server;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.talkskg.admission.RunningQueries;
import org.talkskg.bounds.EvaluationBounds;
import org.talkskg.describe.DatasetDescriptions;
import org.talkskg.graph.Inference;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.SavedQueries;
import org.talkskg.search.SearchIndex;
import org.talkskg.store.KgStore;
import org.talkskg.validate.ShapeCheck;
import org.talkskg.validate.Violation;
import org.talkskg.web.WebModule;

/**
 * A running Fuseki server for the graph, safe to face the public by default.
 * <p>
 * Dataset {@value #DATASET}: SPARQL query at {@code /kg/sparql} and {@code /kg/query}, Graph
 * Store Protocol read at {@code /kg/get}; queries can search the data's texts with
 * {@code text:query} ({@link SearchIndex}). A read-only server also has {@value #INFERRED_DATASET}
 * with the same three endpoints, on the graph with its inferences ({@link Inference}); one that
 * takes updates does not, as the inferences are made once and would not follow the changes. The
 * pages for people start at {@code /}; the Fuseki web UI is served at {@code /sparql-ui/}
 * ({@link SparqlUi}) with the three read-only admin calls it needs ({@code $/ping},
 * {@code $/stats}, {@code $/server}); no admin call that changes anything is mounted. Every
 * request passes {@link RequestLimitsFilter};
 * queries run through {@link GuardedQuery} with the time bound and the SERVICE policy of the
 * settings; CORS is off unless origins are listed.
 * <p>
 * Started {@link #startWithUpdates with updates} (on a persistent store only), it also has
 * SPARQL Update at {@code /kg/update} and Graph Store read-write at {@code /kg/data}, for the
 * users of a password file (HTTP Basic), guarded by {@link CuratedDataset}.
 */
public final class KgServer {

    public static final String DATASET = "/kg";
    /** The same graph with its inferences ({@link Inference}); read-only servers only. */
    public static final String INFERRED_DATASET = "/kg-inferred";
    /** The SPARQL query endpoints of the dataset: each has the same action, caching and admission. */
    private static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query");
    public static final String UPDATE_ENDPOINT = "update";
    public static final String GRAPH_STORE_ENDPOINT = "data";
    public static final String PATCH_ENDPOINT = "patch";

    /** The realm HTTP Basic names when asking for a login. */
    private static final String REALM = "talks-kg";
    /**
     * Jetty's thread pool. A query waiting for its turn holds no thread ({@link QueryAdmission}),
     * so threads are needed only for the queries running, the other requests, and Jetty's own
     * acceptor and selector threads.
     */
    private static final int MIN_THREADS = 8;
    private static final int MAX_THREADS = 64;
    /**
     * Cheap queries running at once: two per core. Queries are CPU-bound, so more would only share
     * the cores thinner, and each would run into its time bound sooner; the others wait their
     * turn. The long queries ({@link RunningQueries}) have turns of their own on top.
     */
    private static final int MAX_CHEAP_QUERIES = 2 * Runtime.getRuntime().availableProcessors();
    /** Request line and headers. A GET query whose URL is longer gets 414: send it by POST. Fuseki's own bound is 512 KiB. */
    private static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

    private final FusekiServer fuseki;
    private final String host;
    private final RunningQueries runningQueries;

    private KgServer(FusekiServer fuseki, String host, RunningQueries runningQueries) {
        this.fuseki = fuseki;
        this.host = host;
        this.runningQueries = runningQueries;
    }

    /**
     * Serves the graph read-only, with the pages and the API of the saved questions. As nothing
     * can change it while it is served, its answers carry validators and may be cached
     * ({@link AnswerCaching}).
     */
    public static KgServer start(LoadedGraph graph, SavedQueries queries, ServerSettings settings) {
        RunningQueries running = new RunningQueries(settings.lanes());
        ResultCache cache = settings.resultCacheBytes() > 0 ? new ResultCache(settings.resultCacheBytes()) : null;
        AnswerCaching caching = new AnswerCaching(graph.version(), cache);
        AnswerCaching inferredCaching = new AnswerCaching(graph.version() + "+inferred", cache);
        FusekiServer.Builder builder = server(settings);
        queryPaths(DATASET).forEach(path -> builder.addFilter(path, caching));
        queryPaths(INFERRED_DATASET).forEach(path -> builder.addFilter(path, inferredCaching));
        DatasetGraph inferred = Inference.view(graph.dataset());
        SearchIndex.addTo(graph.dataset(), inferred);
        describeQueryEndpoints(builder, DATASET, graph.dataset(), DatasetDescriptions.DATASET);
        describeQueryEndpoints(builder, INFERRED_DATASET, inferred, DatasetDescriptions.INFERRED_DATASET);
        builder.add(DATASET, readService(graph.dataset(), settings, running));
        builder.add(INFERRED_DATASET, readService(inferred, settings, running));
        new WebModule(graph.dataset(), queries).addTo(builder);
        return start(builder, settings, running);
    }

    /**
     * Serves a persistent store with the update endpoints on top of the read ones.
     *
     * @param store   one named graph per file; each change is recorded in its change log
     * @param queries the saved questions, served as pages and API beside {@code /kg}
     * @param updates the bounds of the update endpoints
     * @throws ServerStartException if the store does not conform to the shapes: every update would then be refused
     */
    public static KgServer startWithUpdates(KgStore store, SavedQueries queries, ServerSettings settings, UpdateAccess access,
            UpdateSettings updates) {
        CuratedDataset curated = new CuratedDataset(SearchIndex.following(store.namedGraphs()), store.changeLog(),
                new BulkDeleteGuard(updates.bulkDeleteShare()), Duration.ofSeconds(settings.maxWaitSeconds()));
        List<Violation> violations = ShapeCheck.run(curated);
        if (!violations.isEmpty()) {
            throw new ServerStartException("The store does not conform to the SHACL shapes, so every update would be refused: "
                    + Violation.count(violations) + ", the first: " + violations.get(0).describe()
                    + ". Fix the files (talks-kg validate), then serve --reload.", null);
        }
        AuthPolicy writers = Auth.policyAllowSpecific(access.users());
        RunningQueries running = new RunningQueries(settings.lanes());
        DataService.Builder service = readService(curated, settings, running)
                .addEndpoint(endpoint(Operation.Update, UPDATE_ENDPOINT, new GuardedUpdate(curated, updates.timeoutSeconds()), settings, writers))
                .addEndpoint(endpoint(Operation.GSP_RW, GRAPH_STORE_ENDPOINT, new GuardedGraphStore(curated), settings, writers))
                .addEndpoint(endpoint(Operation.Patch, PATCH_ENDPOINT, new GuardedPatch(curated, updates.timeoutSeconds()), settings, writers));
        FusekiServer.Builder builder = server(settings)
                .passwordFile(access.passwordFile().toString())
                .auth(AuthScheme.BASIC)
                .realm(REALM)
                .add(DATASET, service);
        describeQueryEndpoints(builder, DATASET, curated, DatasetDescriptions.DATASET);
        new WebModule(curated, queries).addTo(builder);
        return start(builder, settings, running);
    }

    /** The server's address, its home page, e.g. {@code http://127.0.0.1:3030/}; the port is the actual one. */
    public URI baseUrl() {
        String hostInUrl = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + hostInUrl + ":" + fuseki.getHttpPort() + "/");
    }

    public void stop() {
        fuseki.stop();
        runningQueries.close();
    }

    /** Blocks until the server has stopped. */
    public void awaitStop() {
        fuseki.join();
    }

    private static FusekiServer.Builder server(ServerSettings settings) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .numServerThreads(MIN_THREADS, MAX_THREADS)
                .addServlet(SparqlUi.PATH + "/*", SparqlUi.files())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .enableCors(false);
        // Filters run in the order added: CORS first, so that refusals carry its headers too.
        if (!settings.corsOrigins().isEmpty()) {
            builder.addFilter("/*", new CorsFilter(settings.corsOrigins()));
        }
        return builder.addFilter("/*", new RetryAfterFilter(settings.maxWaitSeconds()))
                .addFilter("/*", new RequestLimitsFilter(settings.maxRequestBytes()));
    }

    private static KgServer start(FusekiServer.Builder builder, ServerSettings settings, RunningQueries running) {
        FusekiServer fuseki = builder.build();
        configureJetty(fuseki.getJettyServer(), settings, running);
        try {
            fuseki.start();
        } catch (FusekiException e) {
            running.close();
            throw new ServerStartException(
                    "Cannot listen on " + settings.host() + ":" + settings.port() + ": " + reason(e), e);
        }
        return new KgServer(fuseki, settings.host(), running);
    }

    /** A GET without a query on a query endpoint of the dataset answers its service description. */
    private static void describeQueryEndpoints(FusekiServer.Builder builder, String datasetPath, DatasetGraph dataset, String datasetIri) {
        ServiceDescription description = new ServiceDescription(dataset, datasetIri);
        queryPaths(datasetPath).forEach(path -> builder.addFilter(path, description));
    }

    /** The query endpoints and Graph Store read; no update of any kind. */
    private static DataService.Builder readService(DatasetGraph dataset, ServerSettings settings, RunningQueries running) {
        ActionService query = new GuardedQuery(settings.maxResultRows(), new ServicePolicy(settings.allowedServices()), running);
        // No withStdServices(...): even withStdServices(false) adds the read services at fixed
        // names, and here only the endpoints below exist.
        DataService.Builder service = DataService.newBuilder(dataset);
        QUERY_ENDPOINTS.forEach(name -> service.addEndpoint(endpoint(Operation.Query, name, query, settings, null)));
        return service.addEndpoint(Operation.GSP_R, "get");
    }

    private static Endpoint endpoint(Operation operation, String name, ActionService action, ServerSettings settings, AuthPolicy auth) {
        return Endpoint.create().operation(operation).endpointName(name).processor(action)
                .context(executionContext(settings)).authPolicy(auth).build();
    }

    /** Set on the endpoints rather than on ARQ's global context, so nothing else is affected. */
    private static Context executionContext(ServerSettings settings) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(TimeUnit.SECONDS.toMillis(settings.queryTimeoutSeconds())));
        new ServicePolicy(settings.allowedServices()).applyTo(context);
        EvaluationBounds.applyTo(context, settings.maxStringLength());
        return context;
    }

    /** E.g. {@code /kg/sparql}: the request paths of the query endpoints of a dataset. */
    private static List<String> queryPaths(String dataset) {
        return QUERY_ENDPOINTS.stream().map(name -> dataset + "/" + name).toList();
    }

    /** E.g. "Address already in use"; some causes have no message, their class then says it (UnresolvedAddressException). */
    private static String reason(FusekiException e) {
        Throwable root = ExceptionUtils.getRootCause(e);
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /**
     * What Fuseki's builder does not offer: binding one address (it only chooses between loopback
     * and all interfaces), the header size bound, the connection limits ({@link SlowBodyGuard}
     * among them), plain-text error pages, query admission, and the UI's calls rewritten to the
     * real paths before admission looks at them.
     */
    private static void configureJetty(Server jetty, ServerSettings settings, RunningQueries running) {
        ConnectionLimits limits = settings.connections();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(settings.host());
                serverConnector.setIdleTimeout(TimeUnit.SECONDS.toMillis(limits.idleTimeoutSeconds()));
                serverConnector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                        .setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            }
        }
        // Past the limit Jetty stops accepting; the next connections wait in the operating system's queue.
        jetty.addBean(new NetworkConnectionLimit(limits.maxConnections(), jetty));
        PlainTextErrorHandler errors = new PlainTextErrorHandler(settings.maxWaitSeconds());
        jetty.setErrorHandler(errors);
        if (jetty.getHandler() instanceof ServletContextHandler context) {
            context.setErrorHandler(errors);
        }
        // The saved questions' API and pages run queries too: they wait for a turn like the endpoints' queries.
        List<String> admitted = Stream.of(queryPaths(DATASET), queryPaths(INFERRED_DATASET), WebModule.QUERY_PATHS)
                .flatMap(List::stream).toList();
        jetty.setHandler(SparqlUi.rewritingCalls(new QueryAdmission(jetty.getHandler(), admitted,
                MAX_CHEAP_QUERIES + settings.lanes().longQueries(), Duration.ofSeconds(settings.maxWaitSeconds()), running,
                limits.maxConnections())));
        // Outermost: bodies are read before admission, so a slow one holds neither a thread nor a turn.
        jetty.setHandler(new SlowBodyGuard(jetty.getHandler(), settings.maxRequestBytes(), limits));
    }
}
