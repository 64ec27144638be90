package org.talkskg.web;

import java.util.List;

/**
 * What the search page shows: the form with what was typed, and the results of a search made or
 * why none was made.
 *
 * @param query    what was typed, empty before any search
 * @param searched whether a search was made (and its results, maybe none, are to be shown)
 * @param results  best first
 * @param problem  why the search was not made, e.g. that it has no word to look for; empty if none
 */
public record SearchPage(String query, boolean searched, List<SearchResult> results, String problem) {

    public SearchPage {
        results = List.copyOf(results);
    }

    /** E.g. "13 results for “Witkov”." */
    public String summary() {
        return (results.isEmpty() ? "Nothing found" : Plural.of(results.size(), "result")) + " for “" + query + "”.";
    }

    static SearchPage form() {
        return new SearchPage("", false, List.of(), "");
    }

    static SearchPage refused(String query, String problem) {
        return new SearchPage(query, false, List.of(), problem);
    }

    static SearchPage found(String query, List<SearchResult> results) {
        return new SearchPage(query, true, results, "");
    }
}
