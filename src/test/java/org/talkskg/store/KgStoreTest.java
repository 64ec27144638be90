package org.talkskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.LoadSettings;
import org.talkskg.graph.TurtleSyntaxException;

class KgStoreTest {

    private static final GraphFolders TINY = new GraphFolders(path("tiny/ontology"), path("tiny/data"));
    private static final Node NOTES = NodeFactory.createURI("https://w3id.org/talks-kg/graph/data/notes");
    private static final Quad NOTE = Quad.create(NOTES, NodeFactory.createURI("urn:note"),
            NodeFactory.createURI("urn:says"), NodeFactory.createLiteralString("kept"));

    @Test
    void aNewFolderIsLoadedFromTheFilesWithTheSameGraphsAsInMemory(@TempDir Path folder) {
        try (KgStore store = KgStore.open(folder.resolve("store"), TINY, false)) {
            assertTrue(store.loadedFromFiles());
            assertEquals(Fixtures.tinyGraph().triplesPerGraph(), store.graph().triplesPerGraph());
        }
    }

    @Test
    void aLaterOpeningKeepsWhatWasChanged(@TempDir Path folder) {
        loadAndAddANote(folder);
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            assertFalse(store.loadedFromFiles());
            assertTrue(contains(store.namedGraphs(), NOTE));
            assertEquals(1L, store.graph().triplesPerGraph().get(NOTES.getURI()));
        }
    }

    @Test
    void reloadReplacesEverythingWithTheFiles(@TempDir Path folder) {
        loadAndAddANote(folder);
        try (KgStore store = KgStore.open(folder, TINY, true)) {
            assertTrue(store.loadedFromFiles());
            assertFalse(contains(store.namedGraphs(), NOTE));
            assertEquals(Fixtures.tinyGraph().triplesPerGraph(), store.graph().triplesPerGraph());
        }
    }

    @Test
    void aReloadFromABrokenFileLeavesTheStoreAsItWas(@TempDir Path folder) {
        loadAndAddANote(folder);
        GraphFolders broken = new GraphFolders(path("tiny/ontology"), path("broken/unterminated-literal"));

        assertThrows(TurtleSyntaxException.class, () -> KgStore.open(folder, broken, true));

        try (KgStore store = KgStore.open(folder, TINY, false)) {
            assertTrue(contains(store.namedGraphs(), NOTE));
        }
    }

    @Test
    void filesTheCheckRefusesAreNotWrittenIntoTheStore(@TempDir Path folder) {
        LoadSettings refusing = new LoadSettings(LoadSettings.DEFAULT_MAX_FILE_BYTES, line -> {}, graph -> {
            assertEquals(Fixtures.tinyGraph().triplesPerGraph(), graph.triplesPerGraph());
            throw new IllegalStateException("refused");
        });

        assertThrows(IllegalStateException.class, () -> KgStore.open(folder, TINY, false, refusing));

        try (KgStore store = KgStore.open(folder, TINY, false)) {
            assertTrue(store.loadedFromFiles(), "the refused files were written into the store");
        }
    }

    @Test
    void aFolderWithOtherFilesIsNotTakenForAStore(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "not a database");

        StoreException error = assertThrows(StoreException.class, () -> KgStore.open(folder, TINY, false));

        assertEquals("The folder " + folder + " is not a store: it has other files and no TDB2 database; give a new or empty folder",
                error.getMessage());
    }

    @Test
    void aFileIsNotAStore(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("store"), "");

        StoreException error = assertThrows(StoreException.class, () -> KgStore.open(file, TINY, false));

        assertEquals("The store " + file + " is a file: give a folder (new, empty, or a store)", error.getMessage());
    }

    /** A store of the tiny graph in the folder, with one change: {@link #NOTE} added. */
    private static void loadAndAddANote(Path folder) {
        try (KgStore store = KgStore.open(folder, TINY, false)) {
            DatasetGraph dataset = store.namedGraphs();
            Txn.executeWrite(dataset, () -> dataset.add(NOTE));
        }
    }

    private static boolean contains(DatasetGraph dataset, Quad quad) {
        return Txn.calculateRead(dataset, () -> dataset.contains(quad));
    }
}
