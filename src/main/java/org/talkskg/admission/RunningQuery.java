package org.talkskg.admission;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.jena.sparql.exec.QueryExec;

/**
 * One query while it runs on its request's thread: how much processor time and memory it has
 * used, whether it holds a long turn, and why it was stopped, if it was. Closing it ends its
 * turn.
 */
public final class RunningQuery implements AutoCloseable {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final RunningQueries queries;
    private final QueryExec exec;
    private final List<UUID> shapes;
    private final long threadId;
    private final long cpuAtStart;
    private final long allocatedAtStart;
    private final boolean longFromStart;
    private boolean holdsLongTurn;
    private boolean finished;
    private String stopReason;

    RunningQuery(RunningQueries queries, QueryExec exec, List<UUID> shapes, boolean holdsLongTurn) {
        this.queries = queries;
        this.exec = exec;
        this.shapes = shapes;
        this.threadId = Thread.currentThread().getId();
        this.cpuAtStart = THREADS.getThreadCpuTime(threadId);
        this.allocatedAtStart = THREADS.getThreadAllocatedBytes(threadId);
        this.longFromStart = holdsLongTurn;
        this.holdsLongTurn = holdsLongTurn;
    }

    /** Why the server stopped this query before its end, for the client; empty if it did not (a time-out is not a stop). */
    public synchronized Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    @Override
    public void close() {
        queries.finished(this);
    }

    /** The digests it is known by: its text as parsed, and the request it came in, if known. */
    List<UUID> shapes() {
        return shapes;
    }

    boolean longFromStart() {
        return longFromStart;
    }

    /** Processor time of the request's thread since the query started, in nanoseconds. */
    long cpuNanos() {
        return THREADS.getThreadCpuTime(threadId) - cpuAtStart;
    }

    /** Bytes allocated on the request's thread since the query started: most of them by the query. */
    long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(threadId) - allocatedAtStart;
    }

    synchronized boolean holdsLongTurn() {
        return holdsLongTurn;
    }

    /** Takes the long turn the caller has reserved; false if the query has finished meanwhile and the turn is the caller's to give back. */
    synchronized boolean takeLongTurn() {
        if (finished) {
            return false;
        }
        holdsLongTurn = true;
        return true;
    }

    /** Marks the query finished; true if it held a long turn, which the caller gives back. */
    synchronized boolean finish() {
        finished = true;
        return holdsLongTurn;
    }

    synchronized boolean isStopped() {
        return stopReason != null;
    }

    /** Cancels the query; its thread sees the cancellation at its next step and ends the request with the reason. */
    void stop(String reason) {
        synchronized (this) {
            if (finished || stopReason != null) {
                return;
            }
            stopReason = reason;
        }
        exec.abort();
    }
}
