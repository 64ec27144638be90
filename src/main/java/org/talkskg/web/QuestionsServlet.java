package org.talkskg.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.talkskg.graph.Namespaces;
import org.talkskg.queries.QueryParameter;
import org.talkskg.queries.SavedQuery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of the saved questions, at {@value #PATH}: the list, and {@code /questions/NAME}
 * with the question, a form for its parameters (sent back to the same page by GET) and the answer
 * as a table. The answer comes from the query endpoint exactly as {@code /api/NAME} gets it.
 */
final class QuestionsServlet extends HttpServlet {

    static final String PATH = "/questions";
    /** The header the query endpoint sets, to the row bound, on a table it cut. */
    private static final String CUT_HEADER = "X-SPARQL-MaxRows";

    private final QuestionCatalog catalog;
    private final QueryEndpoint endpoint;
    private final Pages pages;

    QuestionsServlet(QuestionCatalog catalog, QueryEndpoint endpoint, Pages pages) {
        this.catalog = catalog;
        this.endpoint = endpoint;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (name.isEmpty()) {
            pages.write(response, HttpServletResponse.SC_OK, "questions.jte", new QuestionList(null, catalog.all()));
        } else if (!catalog.has(name)) {
            pages.write(response, HttpServletResponse.SC_NOT_FOUND, "questions.jte", new QuestionList(name, catalog.all()));
        } else {
            SavedQuery saved = catalog.get(name);
            QuestionPage page = QuestionPage.of(saved, request);
            try {
                Map<String, String> given = QuestionParameters.given(saved, request);
                Optional<QueryParameter> missing = QuestionParameters.missing(saved, given);
                if (missing.isPresent()) {
                    // Not an error on a page: the form is there to fill it in.
                    pages.write(response, HttpServletResponse.SC_OK, "question.jte",
                            page.unanswered("Fill in " + missing.get().name() + " to see the answer."));
                    return;
                }
                answer(request, response, page, QuestionParameters.bind(saved, given), given);
            } catch (HttpProblem problem) {
                pages.write(response, problem.status(), "question.jte", page.unanswered(problem.getMessage()));
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, QuestionPage page, Query query,
            Map<String, String> given) throws IOException {
        CapturedAnswer captured = new CapturedAnswer(response);
        endpoint.answer(request, captured, query, AnswerTable.formatFor(query));
        if (captured.status() != HttpServletResponse.SC_OK) {
            pages.write(response, captured.status(), "question.jte", page.unanswered(captured.text()));
            return;
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes()).setNsPrefixes(query.getPrefixMapping());
        AnswerTable table = AnswerTable.read(captured.body(), query, prefixes);
        pages.write(response, HttpServletResponse.SC_OK, "question.jte", page.answered(table, captured.header(CUT_HEADER).orElse(null), given));
    }
}
