package org.talkskg.admission;

/** A query refused before it starts, for lack of a turn; the message is for the client. */
public final class QueryRefusedException extends Exception {

    QueryRefusedException(String message) {
        super(message);
    }
}
