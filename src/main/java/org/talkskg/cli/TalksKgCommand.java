package org.talkskg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command; each subcommand is one class, registered by adding it to the list below. */
@Command(name = "talks-kg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Knowledge graph of one news article: serve it over SPARQL, run saved queries on it, check it against its shapes and its source.",
        subcommands = {
            ServeCommand.class,
            QueryCommand.class,
            QueriesCommand.class,
            ValidateCommand.class,
            CoverageCommand.class,
            SpanCommand.class,
            ExportCommand.class,
            CorpusCommand.class,
            LoadCommand.class,
            PublishCommand.class,
            HistoryCommand.class,
            UndoCommand.class,
        })
final class TalksKgCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
