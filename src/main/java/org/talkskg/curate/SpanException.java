package org.talkskg.curate;

import org.talkskg.UserFacingException;

/**
 * A span that cannot be found or made: a phrase not in the sentence or there more than once, no
 * such sentence, a cited span outside its text, a missing or unreadable source text.
 */
public final class SpanException extends UserFacingException {

    SpanException(String message) {
        super(message);
    }
}
