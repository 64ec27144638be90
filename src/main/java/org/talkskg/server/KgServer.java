package org.talkskg.server;

import java.net.URI;
import java.net.URL;
import java.util.concurrent.TimeUnit;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.talkskg.graph.LoadedGraph;

/**
 * A running, read-only Fuseki server for a loaded graph.
 * <p>
 * Dataset {@value #DATASET}: SPARQL query at {@code /kg/sparql} and {@code /kg/query}, Graph
 * Store Protocol read at {@code /kg/get}; no update of any kind. The Fuseki web UI is served
 * at {@code /} with the three read-only admin calls it needs ({@code $/ping}, {@code $/stats},
 * {@code $/server}); the admin calls that create or delete datasets are not mounted.
 */
public final class KgServer {

    public static final String DATASET = "/kg";

    /** The UI's entry page in the jena-fuseki-ui jar; its folder is served as static files. */
    private static final String UI_INDEX = "webapp/index.html";

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static KgServer start(LoadedGraph graph, ServerSettings settings) {
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, readOnlyService(graph.dataset(), settings.queryTimeoutSeconds()))
                .staticFileBase(uiBase())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .enableCors(false)
                .build();
        bindTo(fuseki, settings.host());
        try {
            fuseki.start();
        } catch (FusekiException e) {
            throw new ServerStartException(
                    "Cannot listen on " + settings.host() + ":" + settings.port() + ": " + reason(e), e);
        }
        return new KgServer(fuseki, settings.host());
    }

    /** The UI's address, e.g. {@code http://127.0.0.1:3030/}; the port is the actual one. */
    public URI baseUrl() {
        String hostInUrl = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + hostInUrl + ":" + fuseki.getHttpPort() + "/");
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server has stopped. */
    public void awaitStop() {
        fuseki.join();
    }

    private static DataService.Builder readOnlyService(DatasetGraph dataset, int queryTimeoutSeconds) {
        // Set on the endpoints rather than on ARQ's global context, so nothing else is affected.
        Context timeout = new Context();
        timeout.set(ARQ.queryTimeout, Long.toString(TimeUnit.SECONDS.toMillis(queryTimeoutSeconds)));
        // No withStdServices(...): even withStdServices(false) adds the read services at fixed
        // names, and here only the endpoints below exist.
        return DataService.newBuilder(dataset)
                .addEndpoint(queryEndpoint("sparql", timeout))
                .addEndpoint(queryEndpoint("query", timeout))
                .addEndpoint(Operation.GSP_R, "get");
    }

    private static Endpoint queryEndpoint(String name, Context context) {
        return Endpoint.create().operation(Operation.Query).endpointName(name).context(context).build();
    }

    private static String uiBase() {
        URL index = KgServer.class.getClassLoader().getResource(UI_INDEX);
        if (index == null) {
            throw new IllegalStateException(UI_INDEX + " is not on the classpath: jena-fuseki-ui is missing from the build");
        }
        String url = index.toExternalForm();
        return url.substring(0, url.length() - "index.html".length());
    }

    /** E.g. "Address already in use"; some causes have no message, their class then says it (UnresolvedAddressException). */
    private static String reason(FusekiException e) {
        Throwable root = ExceptionUtils.getRootCause(e);
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** Fuseki's builder can only choose between loopback and all interfaces; this binds one address. */
    private static void bindTo(FusekiServer fuseki, String host) {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }
}
