package org.talkskg.corpus;

import org.talkskg.UserFacingException;

/** A corpus that cannot be made where or as asked. */
public final class CorpusException extends UserFacingException {

    CorpusException(String message) {
        super(message);
    }

    CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
