package org.talkskg.server;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.describe.DatasetDescriptions;
import org.talkskg.web.ContentNegotiation;
import org.talkskg.web.PageFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A GET on a query endpoint without a query (at most a {@code ?format=}) answers the endpoint's
 * SPARQL service description, with the VoID description of its dataset, in Turtle or another
 * RDF form by {@code Accept}, where Fuseki would answer 404. Every other request goes on to the
 * endpoint.
 */
final class ServiceDescription extends HttpFilter {

    private static final Set<String> OWN_PARAMETERS = Set.of("format");

    private final transient DatasetGraph dataset;
    private final String datasetIri;

    /** @param datasetIri the IRI the descriptions give the dataset the endpoint serves */
    ServiceDescription(DatasetGraph dataset, String datasetIri) {
        this.dataset = dataset;
        this.datasetIri = datasetIri;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getMethod().equals("GET") || !OWN_PARAMETERS.containsAll(request.getParameterMap().keySet())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PageFormat> format = ContentNegotiation.chooseRdf(request, response);
        if (format.isPresent()) {
            URI endpoint = URI.create(request.getRequestURL().toString());
            ContentNegotiation.writeRdf(response, DatasetDescriptions.serviceOf(dataset, datasetIri, endpoint), format.get());
        }
    }
}
