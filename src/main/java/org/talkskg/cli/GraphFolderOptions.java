package org.talkskg.cli;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.talkskg.curate.CitedSpans;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.LoadSettings;
import org.talkskg.graph.LoadedGraph;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options choosing which ontology and data folders to load, and how large a file may be; a
 * mixin for every command that loads the graph.
 */
final class GraphFolderOptions {

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Folder of ontology Turtle files (default: $TALKS_KG_HOME/ontology if set, as bin/talks-kg does, else the one bundled with the program).")
    private Path ontology;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of data Turtle files and source texts (default: $TALKS_KG_HOME/data if set, as bin/talks-kg does, else the one bundled with the program).")
    private Path data;

    // Written as a size, not bytes, so that the help shows it so; LoadSettings.DEFAULT_MAX_FILE_BYTES is the same.
    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "16MiB", converter = ByteSizeConverter.class,
            description = "Refuse an ontology or data file, or an article text of data/source/, larger than this, before reading any: bytes, or a number with"
                    + " KB, MB, GB, KiB, MiB or GiB, such as 200MB (default: ${DEFAULT-VALUE}).")
    private long maxFileBytes;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * Loads the graph from the folders, saying on stderr how far large files have got, and refuses
     * it when a span it cites points into no loaded text.
     */
    LoadedGraph load() {
        return GraphLoader.load(folders(), settings());
    }

    /**
     * Loads the graph without checking its texts: for the span command, which is what repairs a
     * spans.ttl that is missing or out of date, and which checks the texts it reads itself.
     */
    LoadedGraph loadToCurate() {
        return GraphLoader.load(folders(), settings(graph -> {}));
    }

    /** How the files are loaded: the size limit, progress on stderr, and the check of the texts. */
    LoadSettings settings() {
        Path dataFolder = folders().data();
        return settings(graph -> CitedSpans.requireLoadedTexts(graph, dataFolder));
    }

    private LoadSettings settings(Consumer<LoadedGraph> check) {
        return new LoadSettings(maxFileBytes, command.commandLine().getErr()::println, check);
    }

    GraphFolders folders() {
        return new GraphFolders(orDefault(ontology, GraphRole.ONTOLOGY), orDefault(data, GraphRole.DATA));
    }

    /** Whether --data was given, rather than defaulted. */
    boolean dataGiven() {
        return data != null;
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
