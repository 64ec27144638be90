package org.talkskg.cli;

import java.nio.file.Path;

import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphRole;

import picocli.CommandLine.Option;

/** The options choosing which ontology and data folders to load; a mixin for every command that loads the graph. */
final class GraphFolderOptions {

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Folder of ontology Turtle files (default: the one bundled with the program).")
    private Path ontology;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of data Turtle files (default: the one bundled with the program).")
    private Path data;

    GraphFolders folders() {
        return new GraphFolders(orBundled(ontology, GraphRole.ONTOLOGY), orBundled(data, GraphRole.DATA));
    }

    boolean anyGiven() {
        return ontology != null || data != null;
    }

    private static Path orBundled(Path given, GraphRole role) {
        return given != null ? given : BundledFolders.folder(role.folderName());
    }
}
