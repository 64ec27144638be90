package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.talkskg.queries.QueryParameter;
import org.talkskg.queries.SavedQuery;

/** The page queries packed with the program: each parses, says what it asks, and takes the entity it is about. */
class PageQueriesTest {

    @Test
    void everyPageQueryParsesAndDocumentsItself() {
        List<SavedQuery> queries = PageQueries.catalog().list();

        assertEquals(List.of("article-citations", "article-sentences", "articles", "entity-about", "entity-description", "entity-evidence",
                "entity-facts", "entity-known", "entity-qualifiers", "entity-relations"), queries.stream().map(SavedQuery::name).toList());
        for (SavedQuery query : queries) {
            assertFalse(query.header().title().isEmpty(), query.name());
            assertFalse(query.header().question().isEmpty(), query.name());
            assertFalse(query.header().pattern().isEmpty(), query.name());
            List<String> parameters = query.header().parameters().stream().map(QueryParameter::name).toList();
            assertEquals(query.name().equals("articles") ? List.of() : List.of("entity"), parameters, query.name());
        }
    }
}
