package org.talkskg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.talkskg.queries.SavedQueries;
import org.talkskg.queries.SavedQuery;

/**
 * The saved questions the API and the question pages serve, read and parsed once when the server
 * is built, as the graph is loaded once: a broken query file stops the start with its position,
 * and a name in a URL is only ever looked up here, never turned into a file path.
 */
final class QuestionCatalog {

    private final SavedQueries queries;
    /** Read and parsed on first use, not while the server starts: most starts are not for the API. */
    private Map<String, SavedQuery> byName;

    QuestionCatalog(SavedQueries queries) {
        this.queries = queries;
    }

    private synchronized Map<String, SavedQuery> byName() {
        if (byName == null) {
            byName = new LinkedHashMap<>();
            queries.list().forEach(saved -> byName.put(saved.name(), saved));
        }
        return byName;
    }

    /** Sorted by name. */
    List<SavedQuery> all() {
        return List.copyOf(byName().values());
    }

    /**
     * @throws HttpProblem 404 listing the saved questions, if there is none of that name
     */
    SavedQuery get(String name) {
        SavedQuery saved = byName().get(name);
        if (saved == null) {
            throw new HttpProblem(404, "No saved question named '" + name + "'. " + listing());
        }
        return saved;
    }

    boolean has(String name) {
        return byName().containsKey(name);
    }

    /** E.g. "The saved questions are (GET /api/NAME): actors - Actors: ...", one per line. */
    String listing() {
        return "The saved questions are (GET /api/NAME, described in /api/openapi.json):\n" + byName().values().stream()
                .map(saved -> "  " + saved.name() + " - " + saved.title())
                .collect(Collectors.joining("\n"));
    }
}
