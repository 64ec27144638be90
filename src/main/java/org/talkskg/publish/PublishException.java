package org.talkskg.publish;

import org.talkskg.UserFacingException;

/** A graph could not be published: the server refused it or could not be reached. The message is one line. */
public final class PublishException extends UserFacingException {

    PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
