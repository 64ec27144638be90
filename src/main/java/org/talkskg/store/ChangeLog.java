package org.talkskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The store's change log: in the folder {@value #FOLDER} inside the store's folder (TDB2 only
 * looks at its own {@code Data-*} folders and lock file there), one RDF Patch per accepted change,
 * {@code 000001.rdfp}, {@code 000002.rdfp}, ... ({@link ChangePatch}). Copying the store's folder
 * copies its log with it.
 * <p>
 * A change is written in two steps around the store's commit, so that log and store agree
 * whatever crashes ({@link #commit}): it is written as {@code NNNNNN.rdfp.pending} and forced to
 * disk before the store commits, and renamed to its final name once the store has committed. After a crash between the two, {@link #recover} looks at the store: a pending change
 * the store holds was committed and is kept, one it does not hold never was and is deleted.
 * Writers are one at a time: TDB2 has a single writer, and as it lets the next one in as soon as
 * the store has committed, before the change is final, {@link #commit} is exclusive too. So there
 * is at most one pending change, and each is numbered after the last final one.
 */
public final class ChangeLog {

    static final String FOLDER = "changes";
    private static final String SUFFIX = ".rdfp";
    private static final String PENDING_SUFFIX = SUFFIX + ".pending";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;

    ChangeLog(Path storeFolder) {
        this.folder = storeFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Every change, oldest first. */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        for (Path file : files(SUFFIX)) {
            changes.add(read(file));
        }
        return changes;
    }

    /** The number of the last change; 0 if there is none yet. */
    public int lastNumber() {
        List<Path> files = files(SUFFIX);
        return files.isEmpty() ? 0 : number(files.get(files.size() - 1));
    }

    /**
     * Commits a write transaction with its change in the log: the change is numbered, dated and
     * forced to disk as pending, then {@code commitStore} commits the store, then the change
     * becomes final. If the store's commit fails, the change is discarded. A change that changes
     * nothing is not logged.
     *
     * @return the change as logged; null if it changed nothing
     * @throws StoreException if the log cannot be written: before the store's commit, nothing is then changed
     */
    public synchronized Change commit(Change.Draft draft, Runnable commitStore) {
        if (draft.isEmpty()) {
            commitStore.run();
            return null;
        }
        Pending pending = prepare(draft);
        try {
            commitStore.run();
        } catch (RuntimeException e) {
            pending.discard();
            throw e;
        }
        pending.commit();
        return pending.change;
    }

    private Pending prepare(Change.Draft draft) {
        Change change = new Change(lastNumber() + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS), draft.user(), draft.kind(),
                draft.endpoint(), draft.request(), draft.removed(), draft.added());
        Path pending = folder.resolve(name(change.number()) + PENDING_SUFFIX);
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                ChangePatch.write(change, out);
                out.flush();
                channel.force(true);
            }
            forceFolder();
        } catch (IOException | RuntimeIOException e) {
            throw new StoreException("Cannot write the change log " + pending + ": " + e.getMessage(), e);
        }
        return new Pending(change, pending);
    }

    /** A change written to the log, waiting for the store's commit. */
    private final class Pending {

        private final Change change;
        private final Path file;

        private Pending(Change change, Path file) {
            this.change = change;
            this.file = file;
        }

        /** The store has committed the change: it becomes part of the log. */
        void commit() {
            try {
                Files.move(file, folder.resolve(name(change.number()) + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
                forceFolder();
            } catch (IOException e) {
                throw new StoreException("Cannot write the change log " + file + ": " + e.getMessage(), e);
            }
        }

        /** The store did not commit the change: it leaves no trace. */
        void discard() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new StoreException("Cannot remove " + file + " from the change log: " + e.getMessage(), e);
            }
        }
    }

    /** Settles a change left pending by a crash: kept if the store holds it, deleted if not. */
    void recover(DatasetGraph store) {
        for (Path file : files(PENDING_SUFFIX)) {
            Change change = readPending(file);
            Pending pending = new Pending(change, file);
            if (change != null && Txn.calculateRead(store, () -> change.isIn(store))) {
                pending.commit();
            } else {
                pending.discard();
            }
        }
    }

    /**
     * Moves the log aside, as {@code changes-before-reload-20250131T100000Z}, before the store is
     * loaded from the files again: the new content starts a new log, whose change 0 is that load.
     *
     * @return the folder the old log is now in; null if there was none
     */
    Path startNewGeneration() {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Path aside = folder.resolveSibling(FOLDER + "-before-reload-" + STAMP.format(Instant.now()));
        try {
            Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot move the change log " + folder + " aside: " + e.getMessage(), e);
        }
        return aside;
    }

    /** Puts a log moved aside by {@link #startNewGeneration} back, when the reload failed. */
    void restoreGeneration(Path aside) {
        try {
            Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot move the change log " + aside + " back to " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<Path> files(String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Cannot read the change log " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Change read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ChangePatch.read(in);
        } catch (IOException | RiotException | IllegalArgumentException | DateTimeException e) {
            throw new StoreException("Cannot read the change " + file + ": " + e.getMessage(), e);
        }
    }

    /** A pending change cut short by a crash was never committed: null. */
    private static Change readPending(Path file) {
        try {
            return read(file);
        } catch (StoreException e) {
            return null;
        }
    }

    private void forceFolder() throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.indexOf('.')));
    }

    private static String name(int number) {
        return String.format("%06d", number);
    }
}
