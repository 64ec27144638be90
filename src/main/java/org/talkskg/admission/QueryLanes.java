package org.talkskg.admission;

import java.time.Duration;

/**
 * How queries share the processors: a query is <em>long</em> once it has used more than
 * {@code longAfter} of processor time, and only {@code longQueries} long queries run at once,
 * so that however many heavy queries arrive, the cheap ones keep their turns.
 *
 * @param longQueries how many long queries may run at once
 * @param longAfter   processor time after which a query counts as long
 */
public record QueryLanes(int longQueries, Duration longAfter) {

    /** One long query at a time leaves the other core of a small machine to the cheap queries. */
    public static final int DEFAULT_LONG_QUERIES = 1;
    /** Forty times the processor time of the slowest saved question on the shipped graph. */
    public static final int DEFAULT_LONG_AFTER_MILLIS = 200;

    public static final QueryLanes DEFAULTS = new QueryLanes(DEFAULT_LONG_QUERIES, Duration.ofMillis(DEFAULT_LONG_AFTER_MILLIS));

    public QueryLanes {
        if (longQueries < 1) {
            throw new IllegalArgumentException("at least 1 long query must be allowed to run, not " + longQueries);
        }
        if (longAfter.toMillis() < 1) {
            throw new IllegalArgumentException("a query can be long after at least 1 ms of processor time, not " + longAfter.toMillis());
        }
    }
}
