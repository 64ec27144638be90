package org.talkskg.cli;

import java.nio.file.Path;

import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphRole;

import picocli.CommandLine.Option;

/** The options choosing which ontology and data folders to load; a mixin for every command that loads the graph. */
final class GraphFolderOptions {

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Folder of ontology Turtle files (default: $TALKS_KG_HOME/ontology if set, as bin/talks-kg does, else the one bundled with the program).")
    private Path ontology;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of data Turtle files and source texts (default: $TALKS_KG_HOME/data if set, as bin/talks-kg does, else the one bundled with the program).")
    private Path data;

    GraphFolders folders() {
        return new GraphFolders(orDefault(ontology, GraphRole.ONTOLOGY), orDefault(data, GraphRole.DATA));
    }

    boolean anyGiven() {
        return ontology != null || data != null;
    }

    /** True when the data folder is the one packed into the program, which cannot be written. */
    boolean dataIsBundled() {
        return data == null && DefaultFolders.bundled();
    }

    private static Path orDefault(Path given, GraphRole role) {
        return given != null ? given : DefaultFolders.folder(role.folderName());
    }
}
