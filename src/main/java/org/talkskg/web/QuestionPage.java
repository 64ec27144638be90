package org.talkskg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.talkskg.queries.SavedQuery;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the page of one saved question shows: the question, a form for its parameters, and either
 * the answer as a table with links to the same answer from the API, or what kept it from being
 * answered.
 *
 * @param saved     the saved question
 * @param fields    one per declared parameter, with the value the request gave
 * @param problem   why there is no answer, or {@code null}
 * @param answer    the answer, or {@code null}
 * @param cutAt     the row bound the answer was cut at, or {@code null} if it is whole
 * @param downloads the same answer in each format of the API
 */
public record QuestionPage(SavedQuery saved, List<Field> fields, String problem, AnswerTable answer, String cutAt, List<Download> downloads) {

    /**
     * @param value what the request gave, or {@code null}; the form then shows the default as a placeholder
     * @param defaultValue the default, or {@code null} for a required parameter
     */
    public record Field(String name, String meaning, String defaultValue, String value) {}

    public record Download(String label, String href) {}

    public QuestionPage {
        fields = List.copyOf(fields);
        downloads = List.copyOf(downloads);
    }

    /** The page without an answer yet; see {@link #answered} and {@link #unanswered}. */
    static QuestionPage of(SavedQuery saved, HttpServletRequest request) {
        List<Field> fields = saved.header().parameters().stream()
                .map(parameter -> new Field(parameter.name(), parameter.meaning(), parameter.defaultValue().orElse(null),
                        request.getParameter(parameter.name())))
                .toList();
        return new QuestionPage(saved, fields, null, null, null, List.of());
    }

    QuestionPage unanswered(String why) {
        return new QuestionPage(saved, fields, why, null, null, List.of());
    }

    /** @param given the parameter values the answer was asked with, which the download links repeat */
    QuestionPage answered(AnswerTable table, String cutAt, Map<String, String> given) {
        String query = given.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        List<Download> links = AnswerFormat.offeredFor(saved.query()).stream()
                .map(format -> new Download(format.label(), ApiServlet.PATH + "/" + saved.name() + "." + format.extension()
                        + (query.isEmpty() ? "" : "?" + query)))
                .toList();
        return new QuestionPage(saved, fields, null, table, cutAt, links);
    }

    /** Where the page is, and where its form sends the parameters. */
    public String path() {
        return QuestionsServlet.PATH + "/" + saved.name();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
