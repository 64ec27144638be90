package org.talkskg.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a new store from files with TDB2's phased bulk loader (the default of Jena's
 * {@code tdb2.tdbloader}): the files are streamed into the primary indexes, then the other
 * indexes are built from them, far faster than one transaction of adds. The bulk loader is not
 * transactional, so it only ever fills a new or empty folder, and a load that fails (a file that
 * does not parse, a full disk) removes what it wrote: there is either a whole store or none.
 */
public final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    /** What was loaded: triples and quads parsed (repeats included) and input bytes. */
    public record Result(long triples, long inputBytes, double seconds) {}

    private BulkLoad() {}

    /** The bytes the inputs hold on disk (compressed, for gzipped ones): the measure of a load's progress. */
    public static long totalBytes(List<LoadInput> inputs) {
        long total = 0;
        for (LoadInput input : inputs) {
            try {
                total += Files.size(input.file());
            } catch (IOException e) {
                throw new StoreException("Cannot read " + input.file() + ": " + e.getMessage(), e);
            }
        }
        return total;
    }

    /**
     * Loads the inputs, in order, into a new store in the folder.
     *
     * @param progress counts what has been read, for a display on another thread
     * @throws StoreException if the folder is not new or empty, or an input does not parse or cannot be read:
     *                        the folder is then left as it was
     */
    public static Result into(Path folder, List<LoadInput> inputs, LoadProgress progress) {
        requireNewOrEmpty(folder);
        boolean existed = Files.exists(folder);
        DatasetGraph dataset = KgStore.connect(folder);
        DataLoader loader = LoaderFactory.phasedLoader(dataset, MonitorOutputs.nullOutput());
        try {
            loader.startBulk();
            StreamRDF counting = new Counting(loader.stream(), progress);
            try {
                inputs.forEach(input -> read(input, counting, progress));
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            progress.enter(LoadProgress.Phase.INDEXING);
            loader.finishBulk();
            progress.enter(LoadProgress.Phase.DONE);
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset);
            removeContent(folder, existed);
            throw e;
        }
        TDBInternal.expel(dataset);
        return new Result(progress.triples(), progress.bytesRead(), progress.seconds());
    }

    private static void read(LoadInput input, StreamRDF destination, LoadProgress progress) {
        StreamRDF into = input.graphIri() == null ? destination
                : LoaderOps.toNamedGraph(destination, NodeFactory.createURI(input.graphIri()));
        try (InputStream raw = new CountingInputStream(Files.newInputStream(input.file()), progress);
             InputStream in = input.gzipped() ? new GZIPInputStream(raw, 1 << 16) : raw) {
            // The base a parse of the file itself would have, as when the graph is loaded in memory.
            RDFParser.source(in).lang(input.lang()).base(IRILib.filenameToIRI(input.file().toString()))
                    .errorHandler(new FailOnError(input.file())).parse(into);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + input.file() + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new StoreException(input.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a folder that is not new or empty, before anything is read.
     *
     * @throws StoreException naming the folder and what to do
     */
    public static void requireNewOrEmpty(Path folder) {
        KgStore.requireStoreFolder(folder);
        if (Files.isDirectory(folder) && !KgStore.names(folder).isEmpty()) {
            throw new StoreException("The store " + folder + " holds a graph already: load makes a new store, so give a new"
                    + " or empty folder (serve --store DIR --reload replaces a store's content with the files)", null);
        }
    }

    private static void removeContent(Path folder, boolean keepFolder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!(keepFolder && path.equals(folder))) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new StoreException("The load failed and what it wrote to " + folder + " cannot be removed: "
                    + e.getMessage() + "; remove the folder before loading again", e);
        }
    }

    /** Counts the triples and quads on their way to the loader. */
    private static final class Counting extends StreamRDFWrapper {

        private final LoadProgress progress;

        Counting(StreamRDF destination, LoadProgress progress) {
            super(destination);
            this.progress = progress;
        }

        @Override
        public void triple(Triple triple) {
            progress.addTriple();
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            progress.addTriple();
            super.quad(quad);
        }
    }

    /** Counts the bytes read from disk. */
    private static final class CountingInputStream extends FilterInputStream {

        private final LoadProgress progress;

        CountingInputStream(InputStream in, LoadProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.addBytes(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                progress.addBytes(n);
            }
            return n;
        }
    }

    /** The parser's first error stops the load, with the file and position; warnings are only logged. */
    private record FailOnError(Path file) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long column) {
            LOG.warn("{}:{}:{}: {}", file, line, column, message);
        }

        @Override
        public void error(String message, long line, long column) {
            throw new StoreException(file + ":" + line + ":" + column + ": syntax error: " + message, null);
        }

        @Override
        public void fatal(String message, long line, long column) {
            error(message, line, column);
        }
    }
}
