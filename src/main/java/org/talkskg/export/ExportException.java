package org.talkskg.export;

import org.talkskg.UserFacingException;

/** The export cannot be written where it was asked to go. The message is one readable line. */
public final class ExportException extends UserFacingException {

    ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
