package org.talkskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;

import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.QueryRunner;
import org.talkskg.queries.QueryTarget;
import org.talkskg.queries.SavedQueries;
import org.talkskg.queries.SavedQuery;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * The workload the build runs once under {@code -XX:ArchiveClassesAtExit} to make the class-data
 * sharing archive {@code target/talks-kg.jsa}, which bin/talks-kg starts the program with, so that
 * the JVM maps the classes a start needs instead of loading and verifying them one by one. It does
 * what a start of {@code query} and of {@code serve} does: runs a saved query from the command
 * line, then serves the bundled graph on a free loopback port, asks it every saved query and
 * fetches one page of each kind.
 */
final class ClassDataTraining {

    /** One page of each kind, so that their templates and view models are in the archive too. */
    private static final List<String> PAGES = List.of("", "id/volodymyr-zelensky", "id/article", "search?q=Witkov",
            "timeline", "questions/timeline", "ontology");

    private ClassDataTraining() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        int exitCode = Main.commandLine().setOut(discard).setErr(discard).execute("query", "who-attended-which-talks");
        if (exitCode != 0) {
            throw new IllegalStateException("The training query failed with exit code " + exitCode);
        }
        LoadedGraph graph = GraphLoader.load(new GraphFolders(BundledFolders.folder("ontology"), BundledFolders.folder("data")));
        SavedQueries queries = new SavedQueries(BundledFolders.folder("queries"));
        KgServer server = KgServer.start(graph, queries, new ServerSettings(0, ServerSettings.DEFAULT_HOST, ServerSettings.DEFAULT_QUERY_TIMEOUT_SECONDS));
        try {
            QueryTarget endpoint = QueryTarget.endpoint(server.baseUrl().resolve("kg/sparql"));
            for (SavedQuery saved : queries.list()) {
                QueryRunner.run(QueryParameters.substitute(saved, Map.of()), endpoint, null, OutputStream.nullOutputStream());
            }
            HttpClient http = HttpClient.newHttpClient();
            for (String page : PAGES) {
                http.send(HttpRequest.newBuilder(server.baseUrl().resolve(page)).build(), BodyHandlers.discarding());
            }
        } finally {
            server.stop();
        }
    }
}
