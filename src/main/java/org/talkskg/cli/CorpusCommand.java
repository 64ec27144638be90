package org.talkskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.talkskg.corpus.CorpusFormat;
import org.talkskg.corpus.CorpusGenerator;
import org.talkskg.corpus.CorpusGenerator.Corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "corpus",
        mixinStandardHelpOptions = true,
        description = {
            "Make a corpus of stand-in articles from the shipped one, for measuring the graph at scale: a data"
                    + " folder with the shipped article and N-1 variants, each under articles/NAME/ with its text in source/.",
            "A variant has the article's structure under new IRIs (document, events, statements, claims, spans),"
                    + " its dates moved by up to two years, a share of the actors and places reused and the rest new,"
                    + " and its text one line longer, every span moved to match. The same seed gives the same corpus.",
            "Serve, query, validate or load it with --data DIR; with --format nquads the graphs are in one file,"
                    + " DIR/corpus.nq, for load --store STORE DIR/corpus.nq, the quickest way to a large store.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:the graph does not load, or the folder exists already or cannot be written",
            "2:the command line is wrong",
        })
final class CorpusCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N",
            description = "How many articles the corpus holds, the shipped one among them (1 or more).")
    private int articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the choices (reused actors, moved dates): the same seed, the same corpus (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--reuse-share", paramLabel = "SHARE", defaultValue = "0.7",
            description = "Share of the shipped actors and places each variant reuses, 0 to 1; the others are new"
                    + " entities of the variant's own (default: ${DEFAULT-VALUE}).")
    private double reuseShare;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The folder to write; it must not exist yet.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle", converter = CorpusFormatConverter.class,
            description = "turtle (a data folder of Turtle modules) or nquads (one N-Quads file and the texts) (default: ${DEFAULT-VALUE}).")
    private CorpusFormat format;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be 1 or more, not " + articles);
        }
        if (reuseShare < 0 || reuseShare > 1) {
            throw new ParameterException(spec.commandLine(), "--reuse-share must be between 0 and 1, not " + reuseShare);
        }
        CorpusGenerator generator = new CorpusGenerator(graphFolders.load(), graphFolders.folders().data(),
                spec.commandLine().getErr()::println);
        Corpus corpus = generator.generate(articles, seed, reuseShare, output, format);
        spec.commandLine().getOut().printf("Wrote %d articles, %d data triples, to %s%n", corpus.articles(), corpus.triples(),
                corpus.folder());
        return 0;
    }
}
