package org.talkskg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.queries.SavedQueries;

/**
 * The saved questions on the web, as grlc serves a folder of queries: the API at {@code /api}
 * with its OpenAPI description, and a page per question at {@code /questions}. Both run the
 * questions through the query endpoint of the dataset.
 */
final class QuestionsModule {

    private final QuestionCatalog catalog;
    private final QueryEndpoint endpoint;
    private final Pages pages;

    QuestionsModule(DatasetGraph dataset, SavedQueries queries, Pages pages) {
        this.catalog = new QuestionCatalog(queries);
        this.endpoint = new QueryEndpoint(dataset);
        this.pages = pages;
    }

    void addTo(FusekiServer.Builder builder) {
        // A path spec /NAME/* also matches /NAME itself.
        builder.addServlet(QuestionsServlet.PATH + "/*", new QuestionsServlet(catalog, endpoint, pages));
        builder.addServlet(ApiServlet.PATH + "/*", new ApiServlet(catalog, endpoint));
    }
}
