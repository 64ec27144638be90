package org.talkskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.talkskg.Mebibytes;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.GraphRole;
import org.talkskg.store.BulkLoad;
import org.talkskg.store.LoadInput;
import org.talkskg.store.LoadProgress;
import org.talkskg.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Make a new TDB2 store with Jena's bulk loader, for graphs too large to load at every start:"
                    + " the ontology folder's Turtle files, the data folder's, and any FILE, N-Quads (.nq) or TriG"
                    + " (.trig), gzipped or not, whose quads keep the graph names they give.",
            "Each Turtle file goes into the named graph serve gives it. Given FILEs, the data folder is loaded"
                    + " only if --data names it. Serve the store with serve --store DIR.",
            "Progress goes to stderr (a bar on a terminal, a line every 10 s otherwise), the summary to stdout."
                    + " A load that fails removes what it wrote. Only the syntax is checked: run validate on the"
                    + " files for the shapes.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:loaded",
            "1:a file is missing, too large or does not parse, or the store folder is not new or empty",
            "2:the command line is wrong (unknown option, a FILE that is not N-Quads or TriG)",
        })
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store to make: a new or empty folder.")
    private Path store;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "N-Quads or TriG files to load as well, such as the corpus.nq of corpus --format nquads.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto", converter = LoadProgressDisplay.StyleConverter.class,
            description = "How progress is shown: auto (a bar on a terminal, else lines), bar, lines or none (default: ${DEFAULT-VALUE}).")
    private LoadProgressDisplay.Style progressStyle;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        BulkLoad.requireNewOrEmpty(store);
        List<LoadInput> inputs = inputs();
        PrintWriter err = spec.commandLine().getErr();
        LoadProgress progress = new LoadProgress(BulkLoad.totalBytes(inputs));
        err.printf("Loading %d files (%s) into %s%n", inputs.size(), Mebibytes.of(progress.totalBytes()), store);
        BulkLoad.Result result;
        try (LoadProgressDisplay display = LoadProgressDisplay.start(progress, err, progressStyle)) {
            result = BulkLoad.into(store, inputs, progress);
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "Loaded %,d triples from %d files into %s in %.1f s (%,d triples/s). Serve it with serve --store %s",
                result.triples(), inputs.size(), store, result.seconds(), Math.round(result.triples() / result.seconds()), store));
        return 0;
    }

    /** The folders' Turtle files, each with its graph, then the quads files. */
    private List<LoadInput> inputs() {
        List<LoadInput> inputs = new ArrayList<>();
        GraphFolders folders = graphFolders.folders();
        boolean withData = files.isEmpty() || graphFolders.dataGiven();
        long maxBytes = graphFolders.settings().maxFileBytes();
        for (Map.Entry<String, Path> file : GraphLoader.files(folders).entrySet()) {
            if (withData || file.getKey().startsWith(GraphRole.ONTOLOGY.graphNamespace())) {
                GraphLoader.requireWithinLimit(file.getValue(), maxBytes);
                inputs.add(LoadInput.turtle(file.getValue(), file.getKey()));
            }
        }
        for (Path file : files) {
            try {
                inputs.add(LoadInput.quads(file));
            } catch (StoreException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return inputs;
    }
}
