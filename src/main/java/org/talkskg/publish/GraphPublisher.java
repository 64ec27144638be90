package org.talkskg.publish;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.talkskg.graph.LoadedGraph;

/**
 * Sends every named graph of a loaded graph to a SPARQL 1.1 Graph Store Protocol endpoint, one
 * {@code PUT ?graph=IRI} each, so that each graph there is replaced whole and nothing else is
 * touched. Jena's HTTP layer answers the server's challenge, Basic or Digest, with the login.
 */
public final class GraphPublisher {

    /** A login for the endpoint. */
    public record Login(String user, String password) {}

    /** What was sent. */
    public record Summary(int graphs, long triples, double seconds) {}

    private final URI endpoint;
    private final Login login;
    private final Consumer<String> progress;
    /**
     * HTTP/1.1 only: Java's default asks a plain-http server to upgrade to HTTP/2 (h2c) on the
     * first request, and Virtuoso 7 sometimes closes the connection on that instead of answering.
     */
    private final HttpClient http = HttpEnv.httpClientBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param login null to send no credentials */
    public GraphPublisher(URI endpoint, Login login, Consumer<String> progress) {
        this.endpoint = endpoint;
        this.login = login;
        this.progress = progress;
    }

    /**
     * Sends the graphs in the graph's order and stops at the first one refused: the graphs after
     * it are not sent, so the endpoint keeps what it held of them.
     */
    public Summary publish(LoadedGraph graph) {
        long start = System.nanoTime();
        Map<String, Long> graphs = graph.triplesPerGraph();
        // Jena keeps logins per URL prefix for the whole process; this one is for this run only.
        if (login != null) {
            AuthEnv.get().registerUsernamePassword(endpoint, login.user(), login.password());
        }
        try {
            int sent = 0;
            for (String graphIri : graphs.keySet()) {
                put(graphIri, copyOf(graph, graphIri), sent, graphs.size());
                sent++;
                progress.accept("Sent " + graphIri + " (" + graphs.get(graphIri) + " triples, " + sent + " of " + graphs.size() + ")");
            }
        } finally {
            if (login != null) {
                AuthEnv.get().unregisterUsernamePassword(endpoint);
            }
        }
        return new Summary(graphs.size(), graph.totalTriples(), (System.nanoTime() - start) / 1e9);
    }

    // Copied out of the read transaction, so that a store is not held open while the server takes its time.
    private static Graph copyOf(LoadedGraph graph, String graphIri) {
        return Txn.calculateRead(graph.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, graph.dataset().getGraph(NodeFactory.createURI(graphIri)));
            return copy;
        });
    }

    private void put(String graphIri, Graph triples, int sent, int total) {
        try {
            try {
                send(graphIri, triples);
            } catch (HttpException e) {
                if (e.getStatusCode() >= 0) {
                    throw e;
                }
                // No answer at all, as when the server closed a pooled connection just as it was reused:
                // a PUT may be sent again, it replaces the same graph with the same triples.
                send(graphIri, triples);
            }
        } catch (HttpException e) {
            throw new PublishException("Publishing " + graphIri + " to " + endpoint + " failed: " + reason(e) + "; "
                    + sent + " of " + total + " graphs were sent before it, the other " + (total - sent)
                    + " were not sent and are as they were", e);
        }
    }

    private void send(String graphIri, Graph triples) {
        GSP.service(endpoint.toString()).httpClient(http).graphName(graphIri).contentType(RDFFormat.NTRIPLES).PUT(triples);
    }

    private static String reason(HttpException e) {
        if (e.getStatusCode() < 0) {
            // No answer at all; the JDK's ConnectException for a refused connection carries no message.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause instanceof ConnectException ? "connection refused"
                    : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            return "cannot reach the server (" + message + ")";
        }
        String status = "HTTP " + e.getStatusCode() + (e.getStatusLine() != null ? " " + e.getStatusLine() : "");
        String body = e.getResponse() == null ? "" : e.getResponse().strip().lines().findFirst().orElse("");
        return body.isEmpty() ? status : status + ": " + body;
    }
}
