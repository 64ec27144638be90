package org.talkskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.graph.GraphFolders;

/** The log agrees with the store: a change is in it exactly when the store committed it, crashes included. */
class ChangeLogTest {

    private static final GraphFolders TINY = new GraphFolders(path("tiny/ontology"), path("tiny/data"));
    private static final Quad NOTE = Quad.create(NodeFactory.createURI("https://w3id.org/talks-kg/graph/data/notes"),
            NodeFactory.createURI("urn:note"), NodeFactory.createURI("urn:says"), NodeFactory.createLiteralString("logged"));

    @TempDir
    Path folder;

    @Test
    void aCommittedChangeIsReadBackWithItsFacts() {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            write(store, () -> store.namedGraphs().commit());

            Change change = store.changeLog().changes().get(0);
            assertEquals(List.of(1, "alice", "SPARQL Update", "/kg/update", "INSERT DATA { ... }", List.of(), List.of(NOTE)),
                    List.of(change.number(), change.user(), change.kind(), change.endpoint(), change.request(), change.removed(),
                            change.added()));
        }
    }

    @Test
    void aChangeWhoseCommitFailsLeavesNoEntry() {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            assertThrows(IllegalStateException.class, () -> write(store, () -> {
                throw new IllegalStateException("refused");
            }));

            assertEquals(List.of(), store.changeLog().changes());
            assertEquals(List.of(), filesOf(store.changeLog().folder()));
        }
    }

    @Test
    void aCrashAfterTheCommitKeepsThePendingChange() throws IOException {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            assertThrows(Crash.class, () -> write(store, () -> {
                store.namedGraphs().commit();
                throw new Crash();
            }));
            assertEquals(List.of("000001.rdfp.pending"), filesOf(store.changeLog().folder()));
        }
        try (KgStore reopened = KgStore.openExisting(folder)) {
            assertEquals(List.of("000001.rdfp"), filesOf(reopened.changeLog().folder()));
            assertEquals(1, reopened.changeLog().lastNumber());
        }
    }

    @Test
    void aCrashBeforeTheCommitDropsThePendingChange() throws IOException {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            assertThrows(Crash.class, () -> write(store, () -> {
                throw new Crash();
            }));
            assertEquals(List.of("000001.rdfp.pending"), filesOf(store.changeLog().folder()));
        }
        try (KgStore reopened = KgStore.openExisting(folder)) {
            assertEquals(List.of(), filesOf(reopened.changeLog().folder()));
            assertFalse(Txn.calculateRead(reopened.namedGraphs(), () -> reopened.namedGraphs().contains(NOTE)));
        }
    }

    @Test
    void aReloadStartsANewLogAndKeepsTheOldOneAside() throws IOException {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            write(store, () -> store.namedGraphs().commit());
        }
        try (KgStore reloaded = KgStore.open(folder, TINY, true)) {
            assertEquals(List.of(), reloaded.changeLog().changes());
            try (Stream<Path> entries = Files.list(folder)) {
                Path aside = entries.filter(entry -> entry.getFileName().toString().startsWith("changes-before-reload-")).findFirst().orElseThrow();
                assertEquals(List.of("000001.rdfp"), filesOf(aside));
            }
        }
    }

    /** The process dying: an Error, which the log does not catch. */
    private static final class Crash extends Error {
    }

    /** Adds the note in a write transaction, committed by {@code commitStore} through the log. */
    @Test
    void theNextWriterNumbersItsChangeOnlyOnceThisOneIsFinal() throws Exception {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            ChangeLog log = store.changeLog();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread next = new Thread(() -> {
                try {
                    log.commit(draft("second"), () -> { });
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            });
            // The store's commit lets the next writer in, as TDB2 does, before the first change is final.
            log.commit(draft("first"), () -> {
                next.start();
                while (next.getState() != Thread.State.BLOCKED && next.getState() != Thread.State.TERMINATED) {
                    Thread.onSpinWait();
                }
            });
            next.join();

            assertEquals(null, failure.get());
            assertEquals(List.of("1 first", "2 second"),
                    log.changes().stream().map(change -> change.number() + " " + change.request()).toList());
        }
    }

    private static Change.Draft draft(String request) {
        NetChange change = new NetChange();
        change.added(Quad.create(NOTE.getGraph(), NOTE.getSubject(), NOTE.getPredicate(), NodeFactory.createLiteralString(request)));
        return change.draft("alice", "SPARQL Update", "/kg/update", request);
    }

    private static void write(KgStore store, Runnable commitStore) {
        DatasetGraph dataset = store.namedGraphs();
        dataset.begin(TxnType.WRITE);
        try {
            dataset.add(NOTE);
            NetChange change = new NetChange();
            change.added(NOTE);
            store.changeLog().commit(change.draft("alice", "SPARQL Update", "/kg/update", "INSERT DATA { ... }"), commitStore);
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
    }

    private static List<String> filesOf(Path logFolder) {
        if (!Files.isDirectory(logFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logFolder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
