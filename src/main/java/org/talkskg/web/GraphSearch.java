package org.talkskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQuery;
import org.talkskg.search.SearchPhrase;

/**
 * Searches the graph's texts for what a person typed: the page query {@code search.rq} run on the
 * dataset {@code /kg} serves, through its text index, and the hits ranked by {@link SearchRanking}.
 */
final class GraphSearch {

    private final DatasetGraph dataset;
    private final SavedQuery query;

    GraphSearch(DatasetGraph dataset, SavedQuery query) {
        this.dataset = dataset;
        this.query = query;
    }

    /** The entities that match what was typed, best first; empty when it has no word to look for. */
    Optional<List<SearchResult>> search(String typed) {
        return SearchPhrase.of(typed).map(phrase -> SearchRanking.rank(hits(phrase)));
    }

    private List<SearchHit> hits(SearchPhrase phrase) {
        Query bound = QueryParameters.substitute(query, Map.of("text", phrase.luceneQuery()));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec execution = QueryExec.dataset(dataset).query(bound).build()) {
                List<SearchHit> hits = new ArrayList<>();
                ResultSet rows = ResultSet.adapt(execution.select());
                rows.forEachRemaining(row -> hits.add(hit(row, phrase)));
                return hits;
            }
        });
    }

    private static SearchHit hit(QuerySolution row, SearchPhrase phrase) {
        String entity = row.getResource("entity").getURI();
        String matched = text(row, "matched").orElse("");
        return new SearchHit(entity,
                text(row, "label").orElse(entity),
                text(row, "kind").orElse(""),
                row.getResource("property").getURI(),
                text(row, "field").orElse(""),
                row.getLiteral("score").getDouble(),
                Snippet.of(matched, phrase.matchesIn(matched)));
    }

    private static Optional<String> text(QuerySolution row, String variable) {
        RDFNode value = row.get(variable);
        return value != null && value.isLiteral() ? Optional.of(value.asLiteral().getLexicalForm()) : Optional.empty();
    }
}
