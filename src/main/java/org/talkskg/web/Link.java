package org.talkskg.web;

import java.util.Optional;

/**
 * A thing of the graph as a page shows it: its text, and where it links to, if anywhere. Only the
 * graph's own IRIs (as pages of this server) and web addresses become links: an IRI of another
 * scheme ({@code urn:}, {@code javascript:}) is shown as text, never as a link to follow.
 *
 * @param text what the reader sees
 * @param href the address, or empty for text only
 */
public record Link(String text, Optional<String> href) {

    public static Link to(String iri, String text) {
        return new Link(text, Links.safeHref(iri));
    }
}
