package org.talkskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.talkskg.graph.LoadedGraph;
import org.talkskg.publish.GraphPublisher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Send every named graph to a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki's /DATASET/data,"
                    + " Virtuoso's /sparql-graph-crud-auth, ...), one graph at a time, each replacing the graph"
                    + " of its IRI there whole (PUT URL?graph=IRI, N-Triples). Progress and a summary go to stderr.",
            "At the first graph the server refuses, or when it cannot be reached, it stops: the graphs not"
                    + " yet sent stay as they were there.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every graph was sent (or, with --dry-run, listed)",
            "1:the graph does not load, the store cannot be opened, or the server refused a graph or cannot be reached",
            "2:the command line is wrong (unknown option, --user without --password-file, an unreadable password file)",
        })
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The Graph Store Protocol endpoint, e.g. http://host:3030/ds/data.")
    private URI endpoint;

    @Option(names = "--user", paramLabel = "USER",
            description = "Log in as this user, with HTTP Basic or Digest as the server asks; needs --password-file.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The file whose first line is the password of --user (never given on the command line).")
    private Path passwordFile;

    @Option(names = "--dry-run",
            description = "List each graph that would be sent and its number of triples (IRI, a tab, the number) on stdout; send nothing.")
    private boolean dryRun;

    @Mixin
    private StoredGraphOption storedGraph;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!endpoint.isAbsolute() || !endpoint.getScheme().matches("https?")) {
            throw new ParameterException(spec.commandLine(), "--to " + endpoint + ": not an http:// or https:// URL");
        }
        GraphPublisher.Login login = login();
        PrintWriter err = spec.commandLine().getErr();
        storedGraph.use(graphFolders, spec, graph -> {
            if (dryRun) {
                list(graph);
                return;
            }
            GraphPublisher.Summary summary = new GraphPublisher(endpoint, login, err::println).publish(graph);
            err.println(String.format(Locale.ROOT, "Published %d graphs, %d triples, to %s in %.1f s",
                    summary.graphs(), summary.triples(), endpoint, summary.seconds()));
        });
        return 0;
    }

    private void list(LoadedGraph graph) {
        PrintWriter out = spec.commandLine().getOut();
        graph.triplesPerGraph().forEach((iri, triples) -> out.println(iri + "\t" + triples));
        spec.commandLine().getErr().println("Would publish " + graph.triplesPerGraph().size() + " graphs, "
                + graph.totalTriples() + " triples, to " + endpoint + "; nothing was sent");
    }

    private GraphPublisher.Login login() {
        if (user == null && passwordFile == null) {
            return null;
        }
        if (user == null || passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go together");
        }
        try {
            String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return new GraphPublisher.Login(user, password);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile + ": cannot be read (" + e + ")");
        }
    }
}
