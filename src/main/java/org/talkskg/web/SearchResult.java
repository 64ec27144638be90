package org.talkskg.web;

/**
 * An entity that a search found, as the page shows it: its name linked to its page, its kind,
 * and the best of the texts of it that matched.
 *
 * @param entity the entity's IRI
 * @param href   where its page is ({@link Links#href})
 * @param label  its name
 * @param kind   the label of its class, e.g. "Person"; empty if unknown
 * @param field  what the best matching text is, e.g. "name", "the article's spelling", "evidence"
 * @param snippet the best matching text, the matched words marked
 * @param score  the rank's measure: higher ranks first
 */
public record SearchResult(String entity, String href, String label, String kind, String field, Snippet snippet, double score) {}
