package org.talkskg.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.talkskg.graph.Namespaces;

/**
 * The order of search results: one result per entity, ranked by how much of what is said of it
 * matches. Lucene scores each matching text (a closer spelling, rarer words and a shorter text
 * score higher); a name counts fully, any other text of the entity (quote, summary, definition)
 * half, and the words of the evidence it cites less, since they also speak of other things. An
 * entity's score is the sum over its matching texts, each text counted once, so the thing a
 * search names in several ways ranks above one that mentions it once. The result shows its best
 * text. Ties go by name, then IRI.
 */
final class SearchRanking {

    /** More would not be read; a search that finds this many should be made narrower. */
    static final int MAX_RESULTS = 50;

    private static final Set<String> NAMES = Set.of(RDFS.label.getURI(), SKOS.prefLabel.getURI(),
            SKOS.altLabel.getURI(), SKOS.hiddenLabel.getURI());
    private static final String EVIDENCE = Namespaces.NIF + "anchorOf";
    private static final double NAME_WEIGHT = 1.0;
    private static final double TEXT_WEIGHT = 0.5;
    private static final double EVIDENCE_WEIGHT = 0.3;

    private SearchRanking() {}

    /** The hits of one search (any order, possibly repeated) as results, best first, at most {@link #MAX_RESULTS}. */
    static List<SearchResult> rank(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byEntity = hits.stream()
                .collect(Collectors.groupingBy(SearchHit::entity, LinkedHashMap::new, Collectors.toList()));
        return byEntity.values().stream()
                .map(SearchRanking::result)
                .sorted(Comparator.comparingDouble(SearchResult::score).reversed()
                        .thenComparing(SearchResult::label)
                        .thenComparing(SearchResult::entity))
                .limit(MAX_RESULTS)
                .toList();
    }

    /** The result for the hits of one entity. */
    private static SearchResult result(List<SearchHit> hits) {
        // The same text can come twice: a span cited twice, a literal in two named graphs.
        Map<List<String>, SearchHit> distinct = new LinkedHashMap<>();
        hits.forEach(hit -> distinct.merge(List.of(hit.property(), hit.snippet().text()), hit,
                (one, other) -> weighted(one) >= weighted(other) ? one : other));
        SearchHit best = distinct.values().stream().max(Comparator.comparingDouble(SearchRanking::weighted)).orElseThrow();
        double score = distinct.values().stream().mapToDouble(SearchRanking::weighted).sum();
        return new SearchResult(best.entity(), Links.href(best.entity()), best.label(), best.kind(), best.field(),
                best.snippet(), score);
    }

    private static double weighted(SearchHit hit) {
        String property = hit.property();
        return hit.score() * (NAMES.contains(property) ? NAME_WEIGHT : property.equals(EVIDENCE) ? EVIDENCE_WEIGHT : TEXT_WEIGHT);
    }
}
