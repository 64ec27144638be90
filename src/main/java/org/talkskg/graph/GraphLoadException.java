package org.talkskg.graph;

import org.talkskg.UserFacingException;

/**
 * The graph could not be loaded. The message is one readable line meant for the person who
 * edits the ontology and data files, not a stack trace.
 */
public class GraphLoadException extends UserFacingException {

    GraphLoadException(String message) {
        super(message);
    }

    GraphLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
