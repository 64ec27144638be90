package org.talkskg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.queries.SavedQueries;

/**
 * The saved questions on the web, as grlc serves a folder of queries: the API at {@code /api}
 * with its OpenAPI description, which runs the questions through the query endpoint of the dataset.
 */
final class QuestionsModule {

    private final QuestionCatalog catalog;
    private final QueryEndpoint endpoint;

    QuestionsModule(DatasetGraph dataset, SavedQueries queries) {
        this.catalog = new QuestionCatalog(queries);
        this.endpoint = new QueryEndpoint(dataset);
    }

    void addTo(FusekiServer.Builder builder) {
        // A path spec /NAME/* also matches /NAME itself.
        builder.addServlet(ApiServlet.PATH + "/*", new ApiServlet(catalog, endpoint));
    }
}
