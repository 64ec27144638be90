package org.talkskg.cli;

import java.nio.file.Path;

import org.talkskg.queries.SavedQueries;

import picocli.CommandLine.Option;

/** The option choosing the folder of saved queries; a mixin for every command that reads them. */
final class QueriesFolderOption {

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries (default: $TALKS_KG_HOME/queries if set, as bin/talks-kg does, else the one bundled with the program).")
    private Path folder;

    SavedQueries savedQueries() {
        return new SavedQueries(folder != null ? folder : DefaultFolders.folder("queries"));
    }
}
