package org.talkskg.graph;

/**
 * The graph could not be loaded. The message is one readable line meant for the person who
 * edits the ontology and data files, not a stack trace.
 */
public class GraphLoadException extends RuntimeException {

    GraphLoadException(String message) {
        super(message);
    }

    GraphLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
