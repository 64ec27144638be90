package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.talkskg.queries.QueryParameter;
import org.talkskg.queries.SavedQuery;

/** The page queries packed with the program: each parses, says what it asks, and takes the entity it is about. */
class PageQueriesTest {

    /** The page queries of the pages about one entity take it; others take a code list, a class or a search. */
    private static final Map<String, List<String>> OTHER_PARAMETERS = Map.of(
            "code-list", List.of("scheme"), "home-things-of-kind", List.of("kind"), "search", List.of("text"));

    @Test
    void everyPageQueryParsesAndDocumentsItself() {
        List<SavedQuery> queries = PageQueries.catalog().list();

        assertEquals(List.of("article-citations", "article-sentences", "articles", "code-list", "entity-about",
                "entity-description", "entity-evidence", "entity-facts", "entity-known", "entity-qualifiers", "entity-relations",
                "home-actors", "home-articles", "home-counts", "home-things-of-kind", "home-triples", "ontology-code-lists",
                "ontology-graph", "ontology-header", "ontology-relations", "ontology-terms", "ontology-uses",
                "participation-meetings", "participations", "search", "timeline-dated", "timeline-order", "timeline-undated"),
                queries.stream().map(SavedQuery::name).toList());
        for (SavedQuery query : queries) {
            assertFalse(query.header().title().isEmpty(), query.name());
            assertFalse(query.header().question().isEmpty(), query.name());
            assertFalse(query.header().pattern().isEmpty(), query.name());
            List<String> parameters = query.header().parameters().stream().map(QueryParameter::name).toList();
            boolean aboutAnEntity = query.name().startsWith("entity-") || query.name().startsWith("article-");
            assertEquals(aboutAnEntity ? List.of("entity") : OTHER_PARAMETERS.getOrDefault(query.name(), List.of()), parameters,
                    query.name());
        }
    }
}
