package org.talkskg.cli;

import java.util.concurrent.Callable;

import org.talkskg.curate.EvidenceSpan;
import org.talkskg.curate.SpanLocator;
import org.talkskg.graph.GraphLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "span",
        mixinStandardHelpOptions = true,
        description = {
            "Print the evidence span of a phrase of the article, as Turtle to paste into a data module.",
            "Offsets are computed from the article text in the graph (code points), so they always match.",
            "The phrase must occur exactly once in the sentence given (or in the whole article).",
        })
final class SpanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PHRASE", description = "The exact words of the article, quotation marks and dashes included.")
    private String phrase;

    @Option(names = {"-s", "--sentence"}, paramLabel = "N",
            description = "Search only sentence N (numbered from 1, as tk:sentenceNumber); default: the whole article.")
    private int sentence;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        EvidenceSpan span = SpanLocator.locate(GraphLoader.load(graphFolders.folders()), sentence, phrase);
        spec.commandLine().getOut().print(span.toTurtle());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
