package org.talkskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.TxnType;

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
 * <p>
 * Changes are listed in the store's {@link ChangeLog}, which starts anew with each load from the
 * files (the old one is kept aside), and can be taken back to any earlier point ({@link #undoTo}).
 */
public final class KgStore implements AutoCloseable {

    /** TDB2 keeps its data in {@code Data-0001} (and later generations) and a lock file next to them. */
    private static final String LOCK_FILE = "tdb.lock";
    private static final String DATA_PREFIX = "Data-";

    private final Path folder;
    private final DatasetGraph dataset;
    private final boolean loadedFromFiles;
    private final ChangeLog changeLog;

    private KgStore(Path folder, DatasetGraph dataset, boolean loadedFromFiles) {
        this.folder = folder;
        this.dataset = dataset;
        this.loadedFromFiles = loadedFromFiles;
        this.changeLog = new ChangeLog(folder);
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
            KgStore store = new KgStore(folder, dataset, empty || reload);
            store.changeLog.recover(dataset);
            if (empty || reload) {
                store.loadFiles(files, settings);
            }
            return store;
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset);
            throw e;
        }
    }

    /**
     * Opens a store made before, as it is: never loads anything.
     *
     * @throws StoreException if the folder is not a store, or a server holds it
     */
    public static KgStore openExisting(Path folder) {
        if (!Files.isDirectory(folder) || !isStore(names(folder))) {
            throw new StoreException("No store at " + folder + ": serve --store DIR makes one", null);
        }
        DatasetGraph dataset = connect(folder);
        KgStore store = new KgStore(folder, dataset, false);
        try {
            store.changeLog.recover(dataset);
            return store;
        } catch (RuntimeException e) {
            store.close();
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

    public ChangeLog changeLog() {
        return changeLog;
    }

    /**
     * Takes the store back to how it was after change {@code number} (0: as it was loaded), by
     * reverting the later changes, newest first, in one transaction; that is itself a change of the log.
     *
     * @return the undo as logged
     * @throws StoreException if the log has no such change, or it is the last one
     */
    public Change undoTo(int number, String user) {
        List<Change> changes = changeLog.changes();
        int last = changes.isEmpty() ? 0 : changes.get(changes.size() - 1).number();
        if (number < 0 || number > last) {
            throw new StoreException("No change " + number + " in the log of " + folder + ": "
                    + (last == 0 ? "it has none yet" : "its changes are 1 to " + last + ", and 0 is the store as loaded"), null);
        }
        if (number == last) {
            throw new StoreException("Nothing to undo: change " + number + " is the last one of " + folder, null);
        }
        List<Change> later = new ArrayList<>(changes.subList(number, changes.size()));
        Collections.reverse(later);
        NetChange undo = new NetChange();
        dataset.begin(TxnType.WRITE);
        try {
            later.forEach(change -> change.revertIn(dataset, undo));
            return changeLog.commit(undo.draft(user, "undo", "talks-kg undo", "undo --to " + number), dataset::commit);
        } catch (RuntimeException e) {
            dataset.abort();
            throw e;
        } finally {
            dataset.end();
        }
    }

    /** Releases the database and its lock, so that another process may open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }

    /** Loads the files in place of the content, with a new change log; the old log is put back if the load fails. */
    private void loadFiles(GraphFolders files, LoadSettings settings) {
        Path oldLog = changeLog.startNewGeneration();
        try {
            GraphLoader.replaceContent(dataset, files, settings);
        } catch (RuntimeException e) {
            if (oldLog != null) {
                changeLog.restoreGeneration(oldLog);
            }
            throw e;
        }
    }

    static DatasetGraph connect(Path folder) {
        try {
            return DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (DBOpEnvException | TDBException e) {
            throw new StoreException("Cannot open the store " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A folder that is neither new, nor empty, nor a TDB2 database is refused: it is probably the wrong one. */
    static void requireStoreFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new StoreException("The store " + folder + " is a file: give a folder (new, empty, or a store)", null);
        }
        List<String> names = names(folder);
        if (!names.isEmpty() && !isStore(names)) {
            throw new StoreException("The folder " + folder + " is not a store: it has other files and no TDB2 database;"
                    + " give a new or empty folder", null);
        }
    }

    static List<String> names(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new StoreException("Cannot read the store folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isStore(List<String> names) {
        return names.stream().anyMatch(name -> name.equals(LOCK_FILE) || name.startsWith(DATA_PREFIX));
    }
}
