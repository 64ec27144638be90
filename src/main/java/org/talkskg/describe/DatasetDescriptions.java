package org.talkskg.describe;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.talkskg.ProgramResources;
import org.talkskg.graph.Namespaces;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQueries;

/**
 * What a dataset says about itself, generated from its content by the CONSTRUCT queries of
 * {@code org/talkskg/describe/queries}: its VoID and DCAT description, where it is served, and
 * the SPARQL service description of an endpoint that serves it. Each dataset is described on its
 * own graph (for the inferred view, with its inferences counted), under its own IRI.
 */
public final class DatasetDescriptions {

    /** The graph as loaded from the files. */
    public static final String DATASET = "https://w3id.org/talks-kg/dataset";
    /** The same graph with its inferences. */
    public static final String INFERRED_DATASET = DATASET + "/inferred";

    private static final SavedQueries QUERIES = new SavedQueries(ProgramResources.folder("org/talkskg/describe/queries"));

    private DatasetDescriptions() {}

    /** VoID statistics, classes, named graphs as subsets, licence, source article and examples. */
    public static Graph voidOf(DatasetGraph dataset, String datasetIri) {
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        construct(dataset, "void", Map.of("dataset", iri(datasetIri)), description);
        return description;
    }

    /**
     * The VoID description with where a server publishes the dataset: its SPARQL endpoint, and a
     * URL that answers the whole graph.
     */
    public static Graph published(DatasetGraph dataset, String datasetIri, URI endpoint, URI download) {
        return voidWith(dataset, datasetIri, "void-access", Map.of("endpoint", iri(endpoint), "download", iri(download)));
    }

    /** The service description of a query endpoint, with the VoID description of the dataset it serves. */
    public static Graph serviceOf(DatasetGraph dataset, String datasetIri, URI endpoint) {
        return voidWith(dataset, datasetIri, "service-description", Map.of("endpoint", iri(endpoint)));
    }

    private static Graph voidWith(DatasetGraph dataset, String datasetIri, String queryName, Map<String, String> parameters) {
        Graph description = voidOf(dataset, datasetIri);
        Map<String, String> all = new HashMap<>(parameters);
        all.put("dataset", iri(datasetIri));
        construct(dataset, queryName, all, description);
        return description;
    }

    private static void construct(DatasetGraph dataset, String queryName, Map<String, String> parameters, Graph into) {
        Query query = QueryParameters.substitute(QUERIES.get(queryName), parameters);
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                exec.construct(into);
            }
        });
    }

    private static String iri(URI url) {
        return iri(url.toString());
    }

    private static String iri(String iri) {
        return "<" + iri + ">";
    }
}
