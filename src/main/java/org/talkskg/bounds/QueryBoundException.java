package org.talkskg.bounds;

/**
 * A query went past a bound of what one request may use. Not an expression evaluation error: those
 * only make a FILTER false or leave a BIND unbound, where this must end the whole query.
 */
public final class QueryBoundException extends RuntimeException {

    public QueryBoundException(String message) {
        super(message, null, false, false);
    }
}
