package org.talkskg.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a {@link BulkLoad} has got, for a display to read from another thread: bytes of input
 * read (of a total known at the start), triples and quads parsed, and the phase.
 */
public final class LoadProgress {

    /** Reading the files (and filling the primary indexes), then building the other indexes. */
    public enum Phase { READING, INDEXING, DONE }

    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong triples = new AtomicLong();
    private volatile Phase phase = Phase.READING;

    public LoadProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    public long totalBytes() {
        return totalBytes;
    }

    public long bytesRead() {
        return bytesRead.get();
    }

    /** Triples and quads parsed so far. */
    public long triples() {
        return triples.get();
    }

    public Phase phase() {
        return phase;
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    void addBytes(long bytes) {
        bytesRead.addAndGet(bytes);
    }

    void addTriple() {
        triples.incrementAndGet();
    }

    void enter(Phase next) {
        phase = next;
    }
}
