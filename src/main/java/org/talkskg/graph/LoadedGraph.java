package org.talkskg.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The loaded knowledge graph, shared by the server and the query runner.
 *
 * @param dataset         read-only; one named graph per file, default graph = union of them all
 * @param triplesPerGraph named graph IRI to its number of triples, in load order
 * @param version         names the content: the same files give the same version, and a store a
 *                        new one each time it is opened (its content may have changed in between)
 */
public record LoadedGraph(DatasetGraph dataset, Map<String, Long> triplesPerGraph, String version) {

    public LoadedGraph {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(version, "version");
        // Copied into an unmodifiable map that keeps the load order (Map.copyOf would not).
        triplesPerGraph = Collections.unmodifiableMap(new LinkedHashMap<>(triplesPerGraph));
    }

    /**
     * The named graphs of a dataset as they are now, e.g. those of a persistent store, counted in
     * the order of their roles (ontology, data, any other graph), then by IRI. The default graph
     * is their live union, so that it follows every change.
     */
    public static LoadedGraph of(DatasetGraph namedGraphs) {
        Map<String, Long> triplesPerGraph = new LinkedHashMap<>();
        Txn.executeRead(namedGraphs, () -> Iter.asStream(namedGraphs.listGraphNodes())
                .sorted(Comparator.comparingInt((Node name) -> roleOrder(name.getURI())).thenComparing(Node::getURI))
                .forEach(name -> triplesPerGraph.put(name.getURI(), (long) namedGraphs.getGraph(name).size())));
        return new LoadedGraph(UnionDefaultGraphView.live(namedGraphs), triplesPerGraph, "store-" + UUID.randomUUID());
    }

    /** The read-only view of named graphs that never change, with their union copied once as the default graph. */
    static LoadedGraph unchanging(DatasetGraph namedGraphs, Map<String, Long> triplesPerGraph, String version) {
        return new LoadedGraph(UnionDefaultGraphView.copied(namedGraphs), triplesPerGraph, version);
    }

    private static int roleOrder(String graphIri) {
        for (GraphRole role : GraphRole.values()) {
            if (graphIri.startsWith(role.graphNamespace())) {
                return role.ordinal();
            }
        }
        return GraphRole.values().length;
    }

    /**
     * Runs a SELECT query on the union default graph in a read transaction and returns its rows,
     * copied out so that they outlive the transaction.
     */
    public List<QuerySolution> select(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    public long totalTriples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
