package org.talkskg.queries;

import java.net.URI;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.talkskg.graph.LoadedGraph;

/**
 * Where a query runs: in this process on a loaded graph, or on a remote SPARQL endpoint.
 * Both hand out the same {@link QueryExecBuilder}, so anything set on it (a timeout, variable
 * substitutions for query parameters) works the same in both places.
 */
public sealed interface QueryTarget {

    static QueryTarget inProcess(LoadedGraph graph) {
        return new InProcess(graph);
    }

    static QueryTarget endpoint(URI url) {
        boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        if (!http || url.getHost() == null) {
            throw new QueryFailedException("Not the http(s) URL of a SPARQL endpoint: " + url);
        }
        return new Endpoint(url);
    }

    /** A new execution builder; the caller sets the query. */
    QueryExecBuilder newExecution();

    /** Names the target in messages. */
    String description();

    record InProcess(LoadedGraph graph) implements QueryTarget {
        @Override
        public QueryExecBuilder newExecution() {
            return QueryExec.dataset(graph.dataset());
        }

        @Override
        public String description() {
            return "the loaded graph";
        }
    }

    record Endpoint(URI url) implements QueryTarget {
        @Override
        public QueryExecBuilder newExecution() {
            // A long query goes as a form, not as an application/sparql-query body: both are SPARQL 1.1
            // Protocol, but Virtuoso 7 answers such a body without ever ending its response.
            return QueryExecHTTP.service(url.toString()).sendMode(QuerySendMode.asGetWithLimitForm);
        }

        @Override
        public String description() {
            return "SPARQL endpoint " + url;
        }
    }
}
