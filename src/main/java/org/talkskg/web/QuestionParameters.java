package org.talkskg.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.talkskg.queries.QueryFailedException;
import org.talkskg.queries.QueryParameter;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQuery;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The parameters of a saved question given in a URL's query string ({@code ?meeting=tkd:kyiv}),
 * bound the way {@code --param} binds them: by {@link QueryParameters#substitute}, as RDF terms in
 * the parsed query. An empty value counts as not given, so that a form's empty field means the
 * default. Every refusal is a 400 whose message ends with the question's parameters.
 */
final class QuestionParameters {

    private QuestionParameters() {}

    /**
     * The non-empty values given, by name.
     *
     * @throws HttpProblem for a parameter the question does not declare, or one given more than once
     */
    static Map<String, String> given(SavedQuery saved, HttpServletRequest request) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (saved.header().parameter(name).isEmpty()) {
                throw refusal(saved, "Unknown parameter '" + name + "' for " + saved.name() + ".");
            }
            if (parameter.getValue().length > 1) {
                throw refusal(saved, "Parameter '" + name + "' is given " + parameter.getValue().length + " times; give it once.");
            }
            if (!parameter.getValue()[0].isEmpty()) {
                given.put(name, parameter.getValue()[0]);
            }
        }
        return given;
    }

    /** The first required parameter without a value, if any. */
    static Optional<QueryParameter> missing(SavedQuery saved, Map<String, String> given) {
        return saved.header().parameters().stream().filter(p -> p.required() && !given.containsKey(p.name())).findFirst();
    }

    /**
     * The query with the values, and the defaults of the others, in place of its parameters.
     *
     * @throws HttpProblem for a required parameter not given, or a value that is not a valid IRI
     */
    static Query bind(SavedQuery saved, Map<String, String> given) {
        missing(saved, given).ifPresent(parameter -> {
            throw refusal(saved, "Missing parameter '" + parameter.name() + "': " + saved.name() + " needs it.");
        });
        try {
            return QueryParameters.substitute(saved, given);
        } catch (QueryFailedException e) {
            throw refusal(saved, e.getMessage());
        }
    }

    /** The problem, then what the question takes, one parameter per line. */
    private static HttpProblem refusal(SavedQuery saved, String problem) {
        return HttpProblem.badRequest(problem + "\n" + takes(saved));
    }

    /** E.g. "participants-of takes (?NAME=VALUE):\n  meeting - the meeting ... (default tkd:istanbul-talks-2025)". */
    static String takes(SavedQuery saved) {
        if (saved.header().parameters().isEmpty()) {
            return saved.name() + " takes no parameters.";
        }
        return saved.name() + " takes (?NAME=VALUE):\n" + saved.header().parameters().stream()
                .map(parameter -> "  " + parameter.describe())
                .collect(Collectors.joining("\n"));
    }
}
