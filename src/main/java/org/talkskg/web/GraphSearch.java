package org.talkskg.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.talkskg.search.SearchPhrase;

/**
 * Searches the graph's texts for what a person typed: the page query {@code search.rq} run on the
 * dataset {@code /kg} serves, through its text index, and the hits ranked by {@link SearchRanking}.
 */
final class GraphSearch {

    private final PageReader reader;

    GraphSearch(PageReader reader) {
        this.reader = reader;
    }

    /** The entities that match what was typed, best first; empty when it has no word to look for. */
    Optional<List<SearchResult>> search(String typed) {
        return SearchPhrase.of(typed).map(phrase -> SearchRanking.rank(
                reader.select("search", Map.of("text", phrase.luceneQuery())).stream().map(row -> hit(row, phrase)).toList()));
    }

    private static SearchHit hit(Row row, SearchPhrase phrase) {
        String entity = row.required("entity");
        String matched = row.text("matched").orElse("");
        return new SearchHit(entity, row.text("label").orElse(entity), row.text("kind").orElse(""), row.required("property"),
                row.text("field").orElse(""), Double.parseDouble(row.required("score")), Snippet.of(matched, phrase.matchesIn(matched)));
    }
}
