package org.talkskg.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQueries;

/**
 * Runs the page queries on the dataset the server serves: each in a read transaction (a store
 * needs one), with its rows copied out so that they outlive it.
 */
final class PageRows {

    private final DatasetGraph dataset;
    private final SavedQueries catalog = PageQueries.catalog();

    PageRows(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The rows of a page query that takes no parameters. */
    List<PageRow> select(String name) {
        return select(name, Map.of());
    }

    /** The rows of a page query, its parameters bound the same way as {@code --param}. */
    List<PageRow> select(String name, Map<String, String> parameters) {
        Query query = QueryParameters.substitute(catalog.get(name), parameters);
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(query).select().stream()
                .map(PageRow::new)
                .toList());
    }
}
