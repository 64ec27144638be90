package org.talkskg.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ontology}, the page of the ontology IRI and, by anchor, of each of its terms: HTML for
 * people, or the ontology's own graph in Turtle, JSON-LD, RDF/XML or N-Triples ({@link ContentNegotiation}).
 */
final class OntologyServlet extends HttpServlet {

    private final PageReader data;
    private final Pages pages;

    OntologyServlet(PageReader data, Pages pages) {
        this.data = data;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PageFormat> format = ContentNegotiation.choose(request, response);
        if (format.isEmpty()) {
            return;
        }
        if (format.get().isHtml()) {
            pages.write(response, HttpServletResponse.SC_OK, "ontology.jte", OntologyPage.read(data));
        } else {
            ContentNegotiation.writeRdf(response, data.construct("ontology-graph"), format.get());
        }
    }
}
