package org.talkskg.admission;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries running on a server, and the two things that may stop one before its time bound:
 * <ul>
 * <li><b>Long turns.</b> Every query starts as a cheap one. One that uses more than the
 *     {@link QueryLanes#longAfter()} of processor time must then hold one of the few long turns;
 *     if none is free it is stopped (503 {@code Too busy}). A query known from an earlier run to be
 *     long (by its text as parsed, or by the bytes of its request) asks for its long turn before it
 *     starts, and is refused at once when there is none; admission lets it wait behind all others.
 *     So heavy queries share a bounded part of the processors, and cheap ones are never queued
 *     behind them.</li>
 * <li><b>Memory.</b> When more than {@value #HEAP_SHARE_PERCENT}% of the largest heap is still in use
 *     after a garbage collection, the query that has allocated the most since it started is
 *     stopped (503), before the heap runs out and some request, any request, fails.</li>
 * </ul>
 * A watcher thread looks at the running queries every {@value #TICK_MILLIS} ms.
 */
public final class RunningQueries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningQueries.class);

    private static final int HEAP_SHARE_PERCENT = 80;
    /**
     * A query that has allocated less than this share of the heap is not the one filling it. After
     * a young collection the heap still holds the old generation's garbage (a stopped query's
     * among it) until the next mixed collection; this keeps the cheap queries of that moment safe.
     */
    private static final double SUSPECT_HEAP_SHARE = 0.25;
    private static final long TICK_MILLIS = 50;

    private final QueryLanes lanes;
    private final Semaphore longTurns;
    private final QueryShapes shapes = new QueryShapes();
    private final Set<RunningQuery> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "talks-kg-query-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private final HeapGuard heapGuard;

    public RunningQueries(QueryLanes lanes) {
        this.lanes = lanes;
        this.longTurns = new Semaphore(lanes.longQueries());
        this.heapGuard = new HeapGuard(HEAP_SHARE_PERCENT / 100.0, this::stopLargestAllocator);
        watcher.scheduleWithFixedDelay(this::giveLongTurns, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The digest of a query request as it came (method, path and query string, body), by which
     * one known to be long can be told before it is parsed or admitted.
     */
    public static UUID requestShape(String method, String pathAndQuery, ByteBuffer body) {
        return QueryShapes.shapeOf(method, pathAndQuery, body);
    }

    /** Whether a request of this digest ({@link #requestShape}) ran long before. */
    public boolean isKnownLong(UUID requestShape) {
        return shapes.isLong(requestShape);
    }

    /**
     * Registers a query about to run on the calling thread.
     *
     * @param queryText    the query as the parser writes it out, which names its shape
     * @param requestShape the digest of the request it came in ({@link #requestShape}), if known
     * @throws QueryRefusedException if the query is known to be long and every long turn is taken
     */
    public RunningQuery admit(QueryExec exec, String queryText, Optional<UUID> requestShape) throws QueryRefusedException {
        List<UUID> known = Stream.concat(Stream.of(QueryShapes.shapeOf(queryText)), requestShape.stream()).toList();
        boolean knownLong = known.stream().anyMatch(shapes::isLong);
        if (knownLong && !longTurns.tryAcquire()) {
            throw new QueryRefusedException(busy("this query is known to need"));
        }
        RunningQuery query = new RunningQuery(this, exec, known, knownLong);
        running.add(query);
        return query;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        heapGuard.close();
    }

    void finished(RunningQuery query) {
        running.remove(query);
        if (query.finish()) {
            longTurns.release();
        }
        if (query.longFromStart() && !query.isStopped() && query.cpuNanos() < lanes.longAfter().toNanos()) {
            query.shapes().forEach(shapes::forget);
        }
    }

    /** A cheap query past its share takes a long turn if one is free, or is stopped. */
    private void giveLongTurns() {
        long longAfter = lanes.longAfter().toNanos();
        for (RunningQuery query : running) {
            if (query.holdsLongTurn() || query.isStopped() || query.cpuNanos() <= longAfter) {
                continue;
            }
            query.shapes().forEach(shapes::rememberLong);
            if (!longTurns.tryAcquire()) {
                query.stop(busy("this query needs"));
            } else if (!query.takeLongTurn()) {
                longTurns.release();
            }
        }
    }

    private void stopLargestAllocator(long bytesInUse) {
        long suspect = (long) (Runtime.getRuntime().maxMemory() * SUSPECT_HEAP_SHARE);
        running.stream().filter(query -> !query.isStopped())
                .max(Comparator.comparingLong(RunningQuery::allocatedBytes))
                .filter(query -> query.allocatedBytes() > suspect)
                .ifPresent(query -> {
                    LOG.warn("Memory short ({} MiB of {} MiB in use after a collection): stopping the query that allocated {} MiB",
                            mebibytes(bytesInUse), mebibytes(Runtime.getRuntime().maxMemory()), mebibytes(query.allocatedBytes()));
                    query.stop("Query stopped: the server's memory ran short while it ran, and it had taken the most;"
                            + " try again later, or ask for a smaller answer");
                });
    }

    private String busy(String needs) {
        int turns = lanes.longQueries();
        return "Too busy: " + needs + " more than " + lanes.longAfter().toMillis() + " ms of processor time, and "
                + (turns == 1 ? "the one query" : "all " + turns + " queries") + " allowed that much at once "
                + (turns == 1 ? "is" : "are") + " running; try again later";
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
