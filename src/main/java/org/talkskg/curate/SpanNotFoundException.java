package org.talkskg.curate;

import org.talkskg.UserFacingException;

/** The phrase asked for is not in the sentence, is there more than once, or there is no such sentence. */
public final class SpanNotFoundException extends UserFacingException {

    SpanNotFoundException(String message) {
        super(message);
    }
}
