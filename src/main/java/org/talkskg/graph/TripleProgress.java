package org.talkskg.graph;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.talkskg.Mebibytes;

/**
 * Passes a large file's triples on and says how far the parser has got, so that a start that
 * takes a while says why. Small files say nothing: the shipped ones load in well under a second.
 */
final class TripleProgress extends StreamRDFWrapper {

    /** Files at least this large report progress (the largest shipped file is about 120 KB). */
    static final long FROM_BYTES = 4L * 1024 * 1024;

    /** A line every this many triples: a few a second at Jena's parsing speed. */
    static final long EVERY = 250_000;

    private final Path file;
    private final long bytes;
    private final Consumer<String> progress;
    private long triples;

    TripleProgress(StreamRDF destination, Path file, long bytes, Consumer<String> progress) {
        super(destination);
        this.file = file;
        this.bytes = bytes;
        this.progress = progress;
    }

    @Override
    public void start() {
        super.start();
        progress.accept("Loading " + file + " (" + Mebibytes.of(bytes) + ")");
    }

    @Override
    public void triple(Triple triple) {
        super.triple(triple);
        triples++;
        if (triples % EVERY == 0) {
            progress.accept(file + ": " + triples + " triples read");
        }
    }

    @Override
    public void finish() {
        super.finish();
        progress.accept(file + ": " + triples + " triples, all read");
    }
}
