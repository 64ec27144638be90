package org.talkskg.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQueries;

/**
 * Runs the page queries ({@link PageQueries}) on the dataset {@code /kg} serves, each inside a
 * read transaction: the dataset may be a store that takes updates while pages are read.
 */
final class PageData {

    private final DatasetGraph dataset;
    private final SavedQueries queries = PageQueries.catalog();

    PageData(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The rows of a SELECT page query that takes no parameters, or whose defaults do. */
    List<Row> select(String name) {
        return select(name, Map.of());
    }

    /** The rows of a SELECT page query, its parameters bound as {@code --param} binds them. */
    List<Row> select(String name, Map<String, String> parameters) {
        Query query = QueryParameters.substitute(queries.get(name), parameters);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                return exec.select().stream().map(Row::new).toList();
            }
        });
    }

    /** The graph a CONSTRUCT page query builds, complete before the transaction ends. */
    Graph construct(String name) {
        Query query = queries.load(name);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                return exec.construct();
            }
        });
    }
}
