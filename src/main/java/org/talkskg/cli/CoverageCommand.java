package org.talkskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.talkskg.validate.Coverage;
import org.talkskg.validate.CoverageCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "Report how many content sentences of the article are cited by some fact's evidence.",
            "Lists the uncited sentences with their text, and the sentences marked as carrying no content.",
            "Exits 1 if any content sentence is uncited.",
        })
final class CoverageCommand implements Callable<Integer> {

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Coverage coverage = CoverageCheck.run(graphFolders.load());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Content sentences cited: %d / %d%n", coverage.cited().size(), coverage.contentSentences());
        if (!coverage.uncited().isEmpty()) {
            out.println("Uncited content sentences:");
            coverage.uncited().forEach(s -> out.printf("  %d: %s%n", s.number(), s.text()));
        }
        out.printf("Sentences marked as carrying no content: %d%n", coverage.nonContent().size());
        coverage.nonContent().forEach(s -> out.printf("  %d: %s%n", s.number(), s.text()));
        return coverage.complete() ? 0 : UserErrorHandler.USER_ERROR;
    }
}
