package org.talkskg.web;

import java.util.Objects;

/**
 * One text of the graph that matched a search, and the entity it belongs to: a row of the page
 * query {@code search.rq}.
 *
 * @param entity   the IRI of the entity the text belongs to
 * @param label    the entity's name
 * @param kind     the label of its class, e.g. "Person"; empty if its class has none
 * @param property the IRI of the property whose value matched
 * @param field    what that value is to a reader, e.g. "the article's spelling"
 * @param score    Lucene's score of the match
 * @param snippet  the matched words in their text
 */
record SearchHit(String entity, String label, String kind, String property, String field, double score, Snippet snippet) {

    SearchHit {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(snippet, "snippet");
    }
}
