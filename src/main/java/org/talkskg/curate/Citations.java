package org.talkskg.curate;

import java.util.ArrayList;
import java.util.List;

import org.talkskg.graph.LoadedGraph;

/** Which nodes of the curated modules cite a span. */
public final class Citations {

    private static final String CITING = """
            SELECT DISTINCT ?node WHERE {
              GRAPH ?graph { ?node ?property <%s> } FILTER (?graph != <%s>)
            } ORDER BY ?node""";

    private Citations() {}

    /** The IRIs of the nodes that cite the span, in IRI order; empty for a new span. */
    public static List<String> citing(LoadedGraph graph, SpanIri span) {
        List<String> nodes = new ArrayList<>();
        graph.select(CITING.formatted(span.iri(), SpanModule.GRAPH_IRI))
                .forEach(row -> nodes.add(row.get("node").isURIResource() ? row.getResource("node").getURI() : row.get("node").toString()));
        return nodes;
    }
}
