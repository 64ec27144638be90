package org.talkskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.talkskg.curate.Citations;
import org.talkskg.curate.SpanIri;
import org.talkskg.curate.SpanLocator;
import org.talkskg.curate.SpanModule;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.graph.Namespaces;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "span",
        mixinStandardHelpOptions = true,
        description = {
            "Find the evidence span of a phrase of the article, or write the generated span module.",
            "",
            "With a PHRASE: prints the IRI to cite for it (offsets in code points, computed from the text, so they always match); "
                    + "with --add FACT, the citation ready to paste into a data module. On stderr it says whether the span is new "
                    + "or which nodes already cite it. The phrase must occur exactly once in the sentence given (or in the whole article).",
            "",
            "With --sync: rewrites spans.ttl in the data folder, the node of every span the data cites, from the span IRIs "
                    + "and the texts under source/. Run it after citing a new span: the tests fail while it is stale.",
            "",
        })
final class SpanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PHRASE", arity = "0..1",
            description = "The exact words of the article, quotation marks and dashes included.")
    private String phrase;

    @Option(names = {"-s", "--sentence"}, paramLabel = "N",
            description = "Search only sentence N (numbered from 1, as tk:sentenceNumber); default: the whole article.")
    private int sentence;

    @Option(names = "--article", paramLabel = "IRI",
            description = "The article to search, when the graph holds more than one (e.g. tkd:article).")
    private String article;

    @Option(names = "--add", paramLabel = "FACT",
            description = "Print the citation of the span by this node (e.g. tkd:istanbul-talks-2025) as a Turtle line to paste.")
    private String fact;

    @Option(names = "--sync", description = "Rewrite spans.ttl in the data folder (--data DIR, or the checkout's with bin/talks-kg).")
    private boolean sync;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (sync == (phrase != null)) {
            throw new ParameterException(spec.commandLine(), "Give either a PHRASE to find or --sync, not both or neither");
        }
        return sync ? sync() : locate();
    }

    private int sync() {
        if (sentence != 0 || article != null || fact != null) {
            throw new ParameterException(spec.commandLine(), "--sync takes no --sentence, --article or --add");
        }
        if (graphFolders.dataIsBundled()) {
            throw new ParameterException(spec.commandLine(),
                    "--sync writes into the data folder: give it with --data DIR (bin/talks-kg uses the checkout's)");
        }
        SpanModule.SyncResult result = SpanModule.sync(graphFolders.loadToCurate(), graphFolders.folders().data());
        PrintWriter err = spec.commandLine().getErr();
        err.println(result.file() + ": " + result.spans() + " spans (" + result.added() + " new, "
                + result.dropped() + " no longer cited)");
        err.flush();
        return 0;
    }

    private int locate() {
        LoadedGraph graph = graphFolders.loadToCurate();
        SpanIri span = SpanLocator.locate(graph, Optional.ofNullable(article).map(SpanCommand::expand), sentence, phrase);
        String spanName = shortForm(span.iri());
        List<String> citing = Citations.citing(graph, span);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(fact == null ? spanName : shortForm(expand(fact)) + " " + shortForm(Namespaces.TK + "evidence") + " " + spanName + " .");
        err.println(citing.isEmpty()
                ? spanName + " is a new span: cite it, then run talks-kg span --sync"
                : spanName + " exists, cited by " + citing.stream().map(SpanCommand::shortForm).collect(Collectors.joining(", ")));
        if (fact != null && citing.contains(expand(fact))) {
            err.println(shortForm(expand(fact)) + " already cites it");
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static String expand(String name) {
        return Namespaces.prefixes().expandPrefix(name.startsWith("<") && name.endsWith(">") ? name.substring(1, name.length() - 1) : name);
    }

    private static String shortForm(String iri) {
        return Namespaces.prefixes().shortForm(iri);
    }
}
