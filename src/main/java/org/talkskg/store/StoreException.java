package org.talkskg.store;

import org.talkskg.UserFacingException;

/** The store folder cannot be used: not a store, in use by another process, unreadable. The message is one readable line. */
public final class StoreException extends UserFacingException {

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
