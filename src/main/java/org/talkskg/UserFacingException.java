package org.talkskg;

/**
 * A problem the user caused and can fix: a broken file, a missing folder or query, an unreachable
 * endpoint, a taken port. Its message is one readable line; the command line prints it instead of
 * a stack trace and exits with 1.
 */
public abstract class UserFacingException extends RuntimeException {

    protected UserFacingException(String message) {
        super(message);
    }

    protected UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
