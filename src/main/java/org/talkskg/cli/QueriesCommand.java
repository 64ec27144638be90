package org.talkskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.talkskg.queries.QueryParameter;
import org.talkskg.queries.SavedQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queries",
        mixinStandardHelpOptions = true,
        description = {
            "List the saved queries: one line each, the name and the title, and the parameters if it takes any.",
            "Run one with 'talks-kg query NAME [--param NAME=VALUE ...]'.",
        })
final class QueriesCommand implements Callable<Integer> {

    @Option(names = {"-l", "--long"},
            description = "Also show the question each query answers, and what its parameters mean and default to.")
    private boolean details;

    @Mixin
    private QueriesFolderOption queriesFolder;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<SavedQuery> queries = queriesFolder.savedQueries().list();
        PrintWriter out = spec.commandLine().getOut();
        int width = queries.stream().mapToInt(query -> query.name().length()).max().orElse(0);
        for (SavedQuery query : queries) {
            if (details) {
                printLong(out, query);
            } else {
                out.printf("%-" + width + "s  %s%s%n", query.name(), query.title(), parameterNames(query));
            }
        }
        out.flush();
        return 0;
    }

    /** E.g. "  [--param entity]"; empty for a query without parameters. */
    private static String parameterNames(SavedQuery query) {
        List<QueryParameter> parameters = query.header().parameters();
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.stream().map(parameter -> "--param " + parameter.name())
                .collect(Collectors.joining(" ", "  [", "]"));
    }

    private static void printLong(PrintWriter out, SavedQuery query) {
        out.println(query.name());
        out.println("  title:      " + query.title());
        out.println("  question:   " + query.header().question());
        List<QueryParameter> parameters = query.header().parameters();
        if (parameters.isEmpty()) {
            out.println("  parameters: none");
        }
        for (int i = 0; i < parameters.size(); i++) {
            out.println((i == 0 ? "  parameters: " : "              ") + parameters.get(i).describe());
        }
        out.println();
    }
}
