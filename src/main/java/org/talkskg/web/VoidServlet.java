package org.talkskg.web;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.describe.DatasetDescriptions;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /.well-known/void} (RFC 8615, the place VoID names): the VoID and DCAT description of
 * the graph, with this server's SPARQL endpoint and download, in Turtle or another RDF form by
 * {@code Accept}. It is made from the graph at each request, so that it follows updates.
 */
final class VoidServlet extends HttpServlet {

    static final String PATH = "/.well-known/void";
    private static final String ENDPOINT = "/kg/sparql";
    /** The Graph Store Protocol's read of the default graph, which is the union of all graphs. */
    private static final String DOWNLOAD = "/kg/get?default";

    private final transient DatasetGraph dataset;

    VoidServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PageFormat> format = ContentNegotiation.chooseRdf(request, response);
        if (format.isEmpty()) {
            return;
        }
        URI here = URI.create(request.getRequestURL().toString());
        ContentNegotiation.writeRdf(response, DatasetDescriptions.published(dataset, DatasetDescriptions.DATASET,
                here.resolve(ENDPOINT), here.resolve(DOWNLOAD)), format.get());
    }
}
