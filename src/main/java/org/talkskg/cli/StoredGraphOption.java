package org.talkskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.talkskg.graph.LoadedGraph;
import org.talkskg.store.KgStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --store DIR} of the commands that read the graph from the files or from a store: without
 * it, the graph of the files; with it, what the store holds, curated changes included (open only
 * while the command works on it).
 */
final class StoredGraphOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "Read what the TDB2 store in DIR holds (made by serve --store or load --store), changes made"
                    + " over HTTP included, instead of the files. No server may be running on it.")
    private Path store;

    void use(GraphFolderOptions graphFolders, CommandSpec spec, Consumer<LoadedGraph> work) {
        apply(graphFolders, spec, graph -> {
            work.accept(graph);
            return null;
        });
    }

    <T> T apply(GraphFolderOptions graphFolders, CommandSpec spec, Function<LoadedGraph, T> work) {
        if (store == null) {
            return work.apply(graphFolders.load());
        }
        if (!Files.isDirectory(store)) {
            // KgStore.open would make a new store there, loaded from the files: not what was asked.
            throw new ParameterException(spec.commandLine(), "--store " + store + ": no such folder; serve --store DIR makes a store");
        }
        try (KgStore kgStore = KgStore.open(store, graphFolders.folders(), false, graphFolders.settings())) {
            return work.apply(kgStore.graph());
        }
    }
}
