package org.talkskg.server;

import java.util.List;

import org.eclipse.jetty.rewrite.handler.RewriteHandler;
import org.eclipse.jetty.rewrite.handler.RewritePatternRule;
import org.eclipse.jetty.server.Handler;
import org.talkskg.web.ClasspathFiles;

import jakarta.servlet.http.HttpServlet;

/**
 * The Fuseki web UI (the SPARQL editor) under {@value #PATH}/, with its files from the
 * jena-fuseki-ui jar. The UI builds each of its calls from the address it was loaded from, so it
 * calls {@code /sparql-ui/$/ping}, {@code /sparql-ui/$/server}, {@code /sparql-ui/$/stats/kg} and
 * {@code /sparql-ui/kg/sparql}. Those are rewritten to the real paths before the server looks at
 * the request at all: filters, query admission and access rules then treat them exactly as the
 * direct calls, and nothing is reachable this way that is not reachable directly.
 */
final class SparqlUi {

    static final String PATH = "/sparql-ui";

    private SparqlUi() {}

    /** The servlet for {@value #PATH}{@code /*}: the UI's files, {@code index.html} for the folder itself. */
    static HttpServlet files() {
        return new ClasspathFiles("webapp", "index.html");
    }

    /** Wraps the server's handler so that the UI's calls reach the admin calls and the datasets. */
    static Handler rewritingCalls(Handler server) {
        RewriteHandler rewrite = new RewriteHandler(server);
        rewrite.addRule(new RewritePatternRule(PATH + "/$/*", "/$"));
        for (String dataset : List.of(KgServer.DATASET, KgServer.INFERRED_DATASET)) {
            rewrite.addRule(new RewritePatternRule(PATH + dataset + "/*", dataset));
        }
        return rewrite;
    }
}
