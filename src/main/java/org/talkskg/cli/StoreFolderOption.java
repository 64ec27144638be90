package org.talkskg.cli;

import java.nio.file.Path;

import org.talkskg.store.KgStore;

import picocli.CommandLine.Option;

/** {@code --store DIR} of the commands that work on an existing store and its change log. */
final class StoreFolderOption {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store, made by serve --store DIR. No server may be running on it: stop it first.")
    private Path folder;

    KgStore open() {
        return KgStore.openExisting(folder);
    }
}
