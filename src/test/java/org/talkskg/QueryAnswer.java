package org.talkskg;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * One answer of a query as a server or the query command gives it, a SPARQL TSV result set or
 * N-Triples, compared as RDF terms rather than as text: rows by term (and in order when the query
 * orders them), graphs by isomorphism.
 */
public record QueryAnswer(Query query, String text) {

    public static boolean isGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }

    public static QueryAnswer of(Query query, String text) {
        return new QueryAnswer(query, text);
    }

    public static QueryAnswer read(Query query, Path file) {
        if (!Files.exists(file)) {
            fail("No expected answer " + file + ": run mvn test -Dregenerate, then read it against the data");
        }
        try {
            return new QueryAnswer(query, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String extension() {
        return isGraph(query) ? ".nt" : ".tsv";
    }

    /** What is stored: the TSV as written, or the N-Triples sorted so that the file is stable. */
    public String canonicalText() {
        return isGraph(query) ? String.join("\n", new TreeSet<>(text.lines().toList())) + "\n" : text;
    }

    public void assertSame(QueryAnswer actual, String what) {
        if (isGraph(query)) {
            Graph expectedGraph = graph();
            Graph actualGraph = actual.graph();
            if (!expectedGraph.isIsomorphicWith(actualGraph)) {
                fail(what + ": graphs differ.\nmissing:\n" + difference(expectedGraph, actualGraph)
                        + "\nunexpected:\n" + difference(actualGraph, expectedGraph));
            }
            return;
        }
        ResultSetRewindable expectedRows = rows();
        ResultSetRewindable actualRows = actual.rows();
        boolean same = query.hasOrderBy()
                ? ResultSetCompare.equalsByTermAndOrder(expectedRows, actualRows)
                : ResultSetCompare.equalsByTerm(expectedRows, actualRows);
        if (!same) {
            // The TSV lines name every term exactly, so their difference shows what moved.
            fail(what + ": results differ" + (query.hasOrderBy() ? " (in order)" : "") + ".\nexpected:\n" + text
                    + "\nactual:\n" + actual.text);
        }
    }

    private ResultSetRewindable rows() {
        return ResultSetMgr.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV)
                .rewindable();
    }

    private Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.NTRIPLES).parse(graph);
        return graph;
    }

    private static String difference(Graph graph, Graph without) {
        TreeSet<String> lines = new TreeSet<>();
        graph.find().filterDrop(without::contains).forEach(triple -> lines.add(FmtUtils.stringForTriple(triple)));
        return String.join("\n", lines);
    }
}
