package org.talkskg.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The loaded knowledge graph, shared by the server and the query runner.
 *
 * @param dataset         read-only; one named graph per file, default graph = union of them all
 * @param triplesPerGraph named graph IRI to its number of triples, in load order
 */
public record LoadedGraph(DatasetGraph dataset, Map<String, Long> triplesPerGraph) {

    public LoadedGraph {
        Objects.requireNonNull(dataset, "dataset");
        // Copied into an unmodifiable map that keeps the load order (Map.copyOf would not).
        triplesPerGraph = Collections.unmodifiableMap(new LinkedHashMap<>(triplesPerGraph));
    }

    public long totalTriples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
