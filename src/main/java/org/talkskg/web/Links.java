package org.talkskg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.talkskg.graph.Namespaces;

/**
 * Where a graph IRI is shown on this server: {@code https://w3id.org/talks-kg/id/NAME} at
 * {@code /id/NAME}, the ontology and its terms at {@code /ontology} and {@code /ontology#Term}.
 * Other IRIs (Wikidata, W3C vocabularies) are links to themselves.
 */
public final class Links {

    private Links() {}

    /**
     * For an {@code href} that is always there: the page of an IRI on this server, the IRI itself
     * if it is a web address, and an inert {@code #} for any other scheme ({@link #safeHref}).
     */
    public static String href(String iri) {
        return safeHref(iri).orElse("#");
    }

    /**
     * Where a link to an IRI may point: its page on this server, or the IRI itself if it is a web
     * address (http or https). Empty for any other scheme: a graph may hold {@code javascript:} or
     * {@code data:} IRIs, which a page must show as text, never as a link.
     */
    public static Optional<String> safeHref(String iri) {
        Optional<String> local = local(iri);
        if (local.isPresent()) {
            return local;
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(iri) : Optional.empty();
    }

    /** The page on this server, if the IRI is one the graph mints. */
    public static Optional<String> local(String iri) {
        if (iri.startsWith(Namespaces.TKD)) {
            return Optional.of("/id/" + iri.substring(Namespaces.TKD.length()));
        }
        if (iri.startsWith(Namespaces.TK)) {
            return Optional.of("/ontology#" + iri.substring(Namespaces.TK.length()));
        }
        if (iri.equals(Namespaces.ONTOLOGY)) {
            return Optional.of("/ontology");
        }
        return Optional.empty();
    }

    /** The search page for a phrase. */
    public static String search(String phrase) {
        return "/search?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8);
    }
}
