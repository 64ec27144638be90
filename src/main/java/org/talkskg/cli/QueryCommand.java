package org.talkskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.talkskg.queries.OutputFormat;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.QueryRunner;
import org.talkskg.queries.QueryTarget;
import org.talkskg.queries.SavedQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Run a saved query, or any .rq file, and print its results on stdout (messages go to stderr).",
            "By default the query runs on the graph loaded in this process; --endpoint sends it to a server.",
            "'talks-kg queries' lists the saved queries; 'talks-kg queries --long' also shows their parameters.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the query does not exist or parse, a parameter is unknown, missing or not a valid IRI,"
                + " the graph does not load, or the endpoint cannot be reached or answers with an error",
            "2:the command line is wrong (unknown option, bad value)",
        })
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY",
            description = "Name of a saved query (NAME.rq in the queries folder), or the path of a .rq file.")
    private String query;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = OutputFormatConverter.class,
            description = {
                "SELECT and ASK: table (default), csv, tsv, json, xml.",
                "CONSTRUCT and DESCRIBE: turtle (default), jsonld, ntriples.",
            })
    private OutputFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a parameter the query declares in its header (repeatable; see 'talks-kg queries"
                    + " --long'). <IRI>, http(s)://... and prefix:name such as tkd:vladimir-putin are IRIs, anything else"
                    + " is text, such as a label. A value becomes one RDF term in the parsed query, never query syntax."
                    + " Text must match a whole name (label, alternative name or the article's garbled form), in any"
                    + " case: 'Voldy Mil Zelensky' finds Zelensky, 'Zelen' finds nothing (entity-search matches part of a"
                    + " name). When text matched nothing, a hint says so on stderr.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run the query on this SPARQL endpoint, such as the /kg/sparql of a running serve.")
    private URI endpoint;

    @Mixin
    private QueriesFolderOption queriesFolder;

    @Mixin
    private GraphFolderOptions graphFolders;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (endpoint != null && graphFolders.anyGiven()) {
            throw new ParameterException(spec.commandLine(),
                    "--endpoint queries the server's graph: --ontology and --data do not apply");
        }
        SavedQuery saved = queriesFolder.savedQueries().get(query);
        Query parsed = QueryParameters.substitute(saved, parameters);
        QueryTarget target = endpoint != null
                ? QueryTarget.endpoint(endpoint)
                : QueryTarget.inProcess(graphFolders.load());
        OutputStream out = StandardOutput.of(spec);
        boolean answered = QueryRunner.run(parsed, target, format, out);
        out.flush();
        if (!answered) {
            parameters.forEach((name, value) -> {
                if (QueryParameters.isText(saved, value)) {
                    spec.commandLine().getErr().println(noMatchHint(name, value));
                }
            });
        }
        return 0;
    }

    /** Text values match whole names only, and a name a little off matches nothing: say so, rather than print nothing. */
    static String noMatchHint(String parameter, String text) {
        return "No rows: the text '" + text + "' given for " + parameter + " matched no name. Text is compared with whole"
                + " names, in any case; the search page, or talks-kg query entity-search --param 'text=" + text + "', finds"
                + " the names that contain it. Or give a prefixed IRI, such as tkd:volodymyr-zelensky.";
    }
}
