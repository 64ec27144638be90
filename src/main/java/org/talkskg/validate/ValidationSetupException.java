package org.talkskg.validate;

import org.talkskg.UserFacingException;

/** Validation cannot run at all, for example because the shapes are missing. The message is one readable line. */
public class ValidationSetupException extends UserFacingException {

    ValidationSetupException(String message) {
        super(message);
    }
}
