package org.talkskg.queries;

import org.talkskg.UserFacingException;

/**
 * A query could not be found, read or run. The message is one readable line for the person
 * running it, not a stack trace.
 */
public class QueryFailedException extends UserFacingException {

    QueryFailedException(String message) {
        super(message);
    }

    QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
