package org.talkskg.server;

import java.time.Duration;
import java.time.Instant;

import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * The request a write transaction serves, as the change log records it and the guards judge it.
 *
 * @param kind                e.g. {@code SPARQL Update}, {@code Graph Store PUT}
 * @param text                the update text, or the method and graph of a Graph Store write
 * @param bulkDeleteConfirmed whether it carries {@value BulkDeleteGuard#CONFIRM_HEADER}{@code : yes}
 * @param deadline            past this, a write of the transaction cancels it ({@link Instant#MAX}: never)
 */
record ChangeRequest(String user, String kind, String endpoint, String text, boolean bulkDeleteConfirmed, Instant deadline) {

    /** A request of this action, with no time bound. */
    static ChangeRequest of(HttpAction action, String kind, String text) {
        return new ChangeRequest(action.getUser(), kind, action.getActionURI(), text, BulkDeleteGuard.isConfirmed(action), Instant.MAX);
    }

    ChangeRequest within(Duration timeLimit) {
        return new ChangeRequest(user, kind, endpoint, text, bulkDeleteConfirmed, Instant.now().plus(timeLimit));
    }

    boolean isPastDeadline() {
        return Instant.now().isAfter(deadline);
    }
}
