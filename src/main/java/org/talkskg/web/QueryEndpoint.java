package org.talkskg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ActionCategory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs a saved question as the SPARQL query endpoint of the dataset runs any query: the same
 * Fuseki action (the server's time bound in its context, its row bound, its SERVICE policy),
 * the same read transaction, the same result writers and the same error answers (503 {@code Query
 * timed out}, ...). Rather than copying those bounds here, the request is handed to that endpoint
 * as if it had been sent there: {@code GET ?query=} with the bound query and an {@code Accept} of
 * the chosen format. Admission (how many queries run at once) is Jetty's, by path, before any of
 * this: the server admits the paths of {@link WebModule#QUERY_PATHS} as it admits {@code /kg/sparql}.
 */
final class QueryEndpoint {

    private final DatasetGraph dataset;

    /** @param dataset the dataset whose query endpoint runs the questions */
    QueryEndpoint(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Answers the request with the query's results in the format, or with the endpoint's error. */
    void answer(HttpServletRequest request, HttpServletResponse response, Query query, AnswerFormat format) {
        DataAccessPoint point = DataAccessPointRegistry.get(request.getServletContext()).accessPoints().stream()
                .filter(candidate -> candidate.getDataService().getDataset() == dataset)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The server has no endpoint for the dataset of the saved questions"));
        Endpoint endpoint = point.getDataService().getEndpoints(Operation.Query).get(0);
        HttpAction action = ActionExecLib.allocHttpAction(point, Fuseki.actionLog, ActionCategory.ACTION,
                new EndpointRequest(request, query.serialize(), format.mediaType()), response);
        action.setEndpoint(endpoint);
        // As Fuseki's dispatcher does for a request to the endpoint: access rules, then its action.
        ActionExecLib.execAction(action, () -> {
            Auth.allow(action.getUser(), point.getDataService().authPolicy(), ServletOps::errorForbidden);
            Auth.allow(action.getUser(), endpoint.getAuthPolicy(), ServletOps::errorForbidden);
            return endpoint.getProcessor();
        });
    }

    /** The request as the query endpoint sees it: a GET whose only parameter is the query, accepting one format. */
    private static final class EndpointRequest extends HttpServletRequestWrapper {

        private static final String QUERY = "query";
        private static final String ACCEPT = "Accept";

        private final String queryText;
        private final String accept;

        EndpointRequest(HttpServletRequest request, String queryText, String accept) {
            super(request);
            this.queryText = queryText;
            this.accept = accept;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getQueryString() {
            return QUERY + "=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            return QUERY.equals(name) ? queryText : null;
        }

        @Override
        public String[] getParameterValues(String name) {
            return QUERY.equals(name) ? new String[] {queryText} : null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of(QUERY, new String[] {queryText});
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.of(QUERY));
        }

        @Override
        public String getHeader(String name) {
            return ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }

        @Override
        public String getContentType() {
            return null;
        }
    }
}
