package org.talkskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.talkskg.graph.LoadedGraph;
import org.talkskg.store.KgStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The graph a command reads: that of the files, or, given {@code --store DIR}, what the store
 * holds (open only while the command works on it). For the commands that send the graph on.
 */
final class StoredOrFileGraph {

    private StoredOrFileGraph() {}

    static void use(Path store, GraphFolderOptions graphFolders, CommandSpec spec, Consumer<LoadedGraph> work) {
        if (store == null) {
            work.accept(graphFolders.load());
            return;
        }
        if (!Files.isDirectory(store)) {
            // KgStore.open would make a new store there, loaded from the files: not what was asked.
            throw new ParameterException(spec.commandLine(), "--store " + store + ": no such folder; serve --store DIR makes a store");
        }
        try (KgStore kgStore = KgStore.open(store, graphFolders.folders(), false, graphFolders.settings())) {
            work.accept(kgStore.graph());
        }
    }
}
