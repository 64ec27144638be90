package org.talkskg.publish;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.function.Executable;
import org.talkskg.QueryAnswer;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.OutputFormat;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.QueryRunner;
import org.talkskg.queries.QueryTarget;
import org.talkskg.queries.SavedQueries;
import org.talkskg.queries.SavedQuery;

/**
 * Every saved query, at its default parameters, asked of a store the graph was published to and
 * of the graph in this process, as {@code query --endpoint} and {@code query} ask them. The
 * answers must be the same as RDF terms (in order where the query orders), or differ exactly by
 * a known difference of the store's SPARQL: the lines of the answer (TSV rows, N-Triples) it
 * leaves out and those it adds, each said and asserted.
 */
public final class PublishedAnswers {

    /** How a store's answer to one query differs from the in-process one, and why. */
    public record Difference(String why, Set<String> missing, Set<String> extra) {}

    private PublishedAnswers() {}

    public static void assertSame(LoadedGraph graph, URI sparql, Map<String, Difference> known) {
        SavedQueries saved = new SavedQueries(Path.of("queries"));
        List<Executable> checks = new ArrayList<>();
        for (SavedQuery savedQuery : saved.list()) {
            String name = savedQuery.name();
            Query query = QueryParameters.substitute(savedQuery, Map.of());
            checks.add(() -> {
                String inProcess = run(query, QueryTarget.inProcess(graph));
                String remote = run(query, QueryTarget.endpoint(sparql));
                Difference difference = known.get(name);
                if (difference == null) {
                    QueryAnswer.of(query, inProcess).assertSame(QueryAnswer.of(query, remote), name + " on " + sparql);
                    return;
                }
                assertEquals(difference.missing(), minus(inProcess, remote), name + ": what " + sparql + " leaves out");
                assertEquals(difference.extra(), minus(remote, inProcess), name + ": what " + sparql + " adds");
            });
        }
        checks.add(() -> assertEquals(Set.of(), minus(String.join("\n", known.keySet()),
                String.join("\n", saved.list().stream().map(SavedQuery::name).toList())), "known differences of no saved query"));
        assertAll(checks);
    }

    private static String run(Query query, QueryTarget target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(query, target, QueryAnswer.isGraph(query) ? OutputFormat.NTRIPLES : OutputFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Set<String> minus(String answer, String other) {
        Set<String> lines = new TreeSet<>(answer.lines().toList());
        lines.removeAll(other.lines().toList());
        return lines;
    }
}
