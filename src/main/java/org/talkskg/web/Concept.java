package org.talkskg.web;

import java.util.Locale;

/**
 * A concept of one of the graph's code lists (a status, a role, a precision), as a page shows it.
 *
 * @param iri   e.g. {@code https://w3id.org/talks-kg/ontology#DidNotHappen}
 * @param label e.g. {@code did not happen}
 */
public record Concept(String iri, String label) {

    /**
     * The concept's local name in lower case words joined by hyphens ({@code did-not-happen}), for
     * CSS classes and element ids: only letters, digits and hyphens, whatever the IRI holds.
     */
    public String token() {
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return local.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The concept's page. */
    public String href() {
        return Links.href(iri);
    }
}
