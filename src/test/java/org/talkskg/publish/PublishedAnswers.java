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
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.function.Executable;
import org.talkskg.QueryAnswer;
import org.talkskg.Regeneration;
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
 * a known difference of the store's SPARQL, said by name: then the lines of the answer (TSV rows,
 * N-Triples) it leaves out and those it adds must be exactly those stored in
 * {@code NAME.missing} and {@code NAME.extra} of the store's folder of differences
 * ({@code mvn verify -Dit.test=... -Dregenerate} rewrites them; read the diff).
 */
public final class PublishedAnswers {

    private PublishedAnswers() {}

    /** @param known why the store answers otherwise, by saved query; the lines are in {@code differences} */
    public static void assertSame(LoadedGraph graph, URI sparql, Map<String, String> known, Path differences) {
        SavedQueries saved = new SavedQueries(Path.of("queries"));
        List<Executable> checks = new ArrayList<>();
        for (SavedQuery savedQuery : saved.list()) {
            String name = savedQuery.name();
            Query query = QueryParameters.substitute(savedQuery, Map.of());
            checks.add(() -> {
                String inProcess = run(query, QueryTarget.inProcess(graph));
                String remote = run(query, QueryTarget.endpoint(sparql));
                if (!known.containsKey(name)) {
                    QueryAnswer.of(query, inProcess).assertSame(QueryAnswer.of(query, remote), name + " on " + sparql);
                    return;
                }
                assertLines(differences.resolve(name + ".missing"), minus(inProcess, remote), name + " (" + known.get(name) + ")");
                assertLines(differences.resolve(name + ".extra"), minus(remote, inProcess), name + " (" + known.get(name) + ")");
            });
        }
        checks.add(() -> assertEquals(Set.of(), minus(String.join("\n", known.keySet()),
                String.join("\n", saved.list().stream().map(SavedQuery::name).toList())), "known differences of no saved query"));
        assertAll(checks);
    }

    private static void assertLines(Path file, Set<String> lines, String what) {
        String text = lines.stream().map(line -> line + "\n").collect(Collectors.joining());
        Regeneration.checkOrWrite(file, text);
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
