package org.talkskg.store;

/** The store folder cannot be used: not a store, in use by another process, unreadable. The message is one readable line. */
public final class StoreException extends RuntimeException {

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
