package org.talkskg.web;

import java.io.IOException;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Query;
import org.talkskg.queries.SavedQuery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The saved questions as a web API, at {@value #PATH}: {@code GET /api/NAME} answers the saved
 * query {@code NAME.rq} with its parameters taken from the query string, in the format of the
 * extension ({@code /api/NAME.csv}) or else of {@code Accept}; {@code GET /api/openapi.json}
 * describes every one of them. A bare {@code /api} lists them as text.
 */
final class ApiServlet extends HttpServlet {

    static final String PATH = "/api";
    static final String OPENAPI = "openapi.json";

    private final QuestionCatalog catalog;
    private final QueryEndpoint endpoint;

    ApiServlet(QuestionCatalog catalog, QueryEndpoint endpoint) {
        this.catalog = catalog;
        this.endpoint = endpoint;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            if (path.isEmpty()) {
                response.setContentType("text/plain; charset=utf-8");
                response.getWriter().println(catalog.listing());
            } else if (path.equals(OPENAPI)) {
                response.setContentType("application/json; charset=utf-8");
                JSON.write(response.getOutputStream(), OpenApiDocument.of(catalog.all()));
            } else {
                answer(request, response, path);
            }
        } catch (HttpProblem problem) {
            problem.writeTo(response);
        }
    }

    /** {@code NAME} in the format {@code Accept} asks for, or {@code NAME.EXTENSION}. */
    private void answer(HttpServletRequest request, HttpServletResponse response, String path) {
        SavedQuery saved;
        AnswerFormat format;
        int dot = path.lastIndexOf('.');
        if (catalog.has(path) || dot < 0) {
            saved = catalog.get(path);
            format = AnswerFormat.negotiate(saved.name(), saved.query(), request.getHeader("Accept"));
        } else {
            saved = catalog.get(path.substring(0, dot));
            format = AnswerFormat.byExtension(saved.name(), saved.query(), path.substring(dot + 1));
        }
        Query query = QuestionParameters.bind(saved, QuestionParameters.given(saved, request));
        endpoint.answer(request, response, query, format);
    }
}
