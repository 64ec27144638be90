package org.talkskg.validate;

/** Validation cannot run at all, for example because the shapes are missing. The message is one readable line. */
public class ValidationSetupException extends RuntimeException {

    ValidationSetupException(String message) {
        super(message);
    }
}
