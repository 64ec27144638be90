package org.talkskg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQueries;
import org.talkskg.queries.SavedQuery;

/**
 * Runs the page queries ({@link PageQueries}) on the dataset {@code /kg} serves, each in a read
 * transaction (a store needs one), and copies the answers out so that they outlive it. The
 * entity a page is about is bound to the query's {@code entity} parameter, never spliced into text.
 */
final class PageReader {

    private final DatasetGraph dataset;
    private final SavedQueries catalog;
    /** Parsed once: the files do not change while the program runs. */
    private final Map<String, SavedQuery> parsed = new ConcurrentHashMap<>();

    PageReader(DatasetGraph dataset, SavedQueries catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
    }

    /** The rows of a SELECT page query about one entity. */
    List<Row> select(String queryName, String entityIri) {
        return rows(about(queryName, entityIri));
    }

    /** The rows of a SELECT page query that takes no parameter, or whose defaults do. */
    List<Row> select(String queryName) {
        return select(queryName, Map.of());
    }

    /** The rows of a SELECT page query, its parameters bound as {@code --param} binds them. */
    List<Row> select(String queryName, Map<String, String> parameters) {
        return rows(QueryParameters.substitute(saved(queryName), parameters));
    }

    boolean ask(String queryName, String entityIri) {
        return run(about(queryName, entityIri), QueryExecution::execAsk);
    }

    /** The graph a CONSTRUCT page query builds about one entity. */
    Graph construct(String queryName, String entityIri) {
        return construct(about(queryName, entityIri));
    }

    private Graph construct(Query query) {
        return run(query, execution -> {
            Graph copy = GraphFactory.createDefaultGraph();
            execution.execConstructTriples().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** The graph a CONSTRUCT page query without parameters builds. */
    Graph construct(String queryName) {
        return construct(QueryParameters.substitute(saved(queryName), Map.of()));
    }

    private Query about(String queryName, String entityIri) {
        return QueryParameters.substitute(saved(queryName), Map.of("entity", "<" + entityIri + ">"));
    }

    private SavedQuery saved(String queryName) {
        return parsed.computeIfAbsent(queryName, catalog::get);
    }

    private List<Row> rows(Query query) {
        return run(query, execution -> {
            List<Row> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(solution -> rows.add(new Row(solution)));
            return rows;
        });
    }

    private <T> T run(Query query, Function<QueryExecution, T> answer) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                return answer.apply(execution);
            }
        });
    }
}
