package org.talkskg.web;

/**
 * The page for an IRI the graph does not know.
 *
 * @param iri    the IRI asked for
 * @param search what the search form offers to look for: the IRI's last part, in words
 */
public record NotFoundPage(String iri, String search) {
}
