package org.talkskg.bounds;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular expression reads it, checking the query's cancel signal as it goes. A
 * backtracking match may read the same characters billions of times; ARQ only looks at the signal
 * between solutions, so without this a time-out would never stop such a match.
 */
final class CancellableText implements CharSequence {

    /** Reading a character is cheap; look at the signal once every this many reads. */
    private static final int READS_BETWEEN_CHECKS = 1 << 12;

    private final CharSequence text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(CharSequence text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads == READS_BETWEEN_CHECKS) {
            reads = 0;
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
