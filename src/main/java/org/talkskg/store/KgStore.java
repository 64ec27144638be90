package org.talkskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadSettings;
import org.talkskg.graph.LoadedGraph;

/**
 * The graph kept on disk: a TDB2 database in a folder of its own. Opening an empty (or new)
 * folder loads the ontology and data files into it, one named graph per file with the same
 * names as in memory ({@link GraphLoader}); later openings use what is there, changes made by
 * updates included, unless asked to reload. Loading is one transaction: a file that does not
 * parse leaves the store as it was. Every later change is a TDB2 transaction too, written to
 * TDB2's journal before the commit returns, so a crash loses no committed change.
 */
public final class KgStore implements AutoCloseable {

    /** TDB2 keeps its data in {@code Data-0001} (and later generations) and a lock file next to them. */
    private static final String LOCK_FILE = "tdb.lock";
    private static final String DATA_PREFIX = "Data-";

    private final Path folder;
    private final DatasetGraph dataset;
    private final boolean loadedFromFiles;

    private KgStore(Path folder, DatasetGraph dataset, boolean loadedFromFiles) {
        this.folder = folder;
        this.dataset = dataset;
        this.loadedFromFiles = loadedFromFiles;
    }

    /** {@link #open(Path, GraphFolders, boolean, LoadSettings)} with the default settings. */
    public static KgStore open(Path folder, GraphFolders files, boolean reload) {
        return open(folder, files, reload, LoadSettings.DEFAULTS);
    }

    /**
     * Opens the store in the folder, creating it if needed.
     *
     * @param files    the ontology and data folders to load on first use
     * @param reload   replace whatever the store holds with the files
     * @param settings how the files are loaded, when they are
     */
    public static KgStore open(Path folder, GraphFolders files, boolean reload, LoadSettings settings) {
        requireStoreFolder(folder);
        DatasetGraph dataset = connect(folder);
        try {
            boolean empty = Txn.calculateRead(dataset, () -> !dataset.listGraphNodes().hasNext());
            if (empty || reload) {
                GraphLoader.replaceContent(dataset, files, settings);
            }
            return new KgStore(folder, dataset, empty || reload);
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset);
            throw e;
        }
    }

    /** The TDB2 dataset: one named graph per file, plus what updates added. Its own default graph is not used. */
    public DatasetGraph namedGraphs() {
        return dataset;
    }

    /** The store's graphs now, read-only, with their union as the default graph. */
    public LoadedGraph graph() {
        return LoadedGraph.of(dataset);
    }

    /** Whether this opening loaded the files (first use or reload), rather than using what the store held. */
    public boolean loadedFromFiles() {
        return loadedFromFiles;
    }

    public Path folder() {
        return folder;
    }

    /** Releases the database and its lock, so that another process may open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }

    private static DatasetGraph connect(Path folder) {
        try {
            return DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (DBOpEnvException | TDBException e) {
            throw new StoreException("Cannot open the store " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A folder that is neither new, nor empty, nor a TDB2 database is refused: it is probably the wrong one. */
    private static void requireStoreFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException("The store " + folder + " is a file: give a folder (new, empty, or a store)", null);
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new StoreException("Cannot read the store folder " + folder + ": " + e.getMessage(), e);
        }
        boolean isStore = names.stream().anyMatch(name -> name.equals(LOCK_FILE) || name.startsWith(DATA_PREFIX));
        if (!names.isEmpty() && !isStore) {
            throw new StoreException("The folder " + folder + " is not a store: it has other files and no TDB2 database;"
                    + " give a new or empty folder", null);
        }
    }
}
