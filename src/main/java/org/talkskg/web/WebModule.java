package org.talkskg.web;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.talkskg.queries.SavedQueries;

/**
 * The side of the server for people who do not write SPARQL: pages for the graph's entities, the
 * article, the ontology, search, the timeline, and the saved questions as a web API. Everything
 * here reads the same dataset as {@code /kg}, so a page always agrees with a query.
 */
public final class WebModule {

    /**
     * The paths whose requests run queries, and so wait for their turn as queries of the SPARQL
     * endpoint do: the API, the question pages, the dataset description and the search.
     */
    public static final List<String> QUERY_PATHS = List.of(ApiServlet.PATH + "/*", QuestionsServlet.PATH + "/*",
            VoidServlet.PATH, SearchServlet.PATH, SearchServlet.JSON_PATH);

    /** Classpath folders of the files served as they are. */
    private static final String ROOT_FILES = "org/talkskg/web/root";
    private static final String STATIC_FILES = "org/talkskg/web/static";

    private final DatasetGraph dataset;
    private final SavedQueries queries;
    private final Pages pages = new Pages();

    /**
     * @param dataset the dataset {@code /kg} serves: named graphs, and the union as default graph
     * @param queries the saved questions, served as the API
     */
    public WebModule(DatasetGraph dataset, SavedQueries queries) {
        this.dataset = dataset;
        this.queries = queries;
    }

    /** Adds the pages and the API to the server being built. */
    public void addTo(FusekiServer.Builder builder) {
        PageReader reader = new PageReader(dataset, PageQueries.catalog());
        // The site's files: at the root (favicon.ico) through Fuseki's own static servlet, which
        // also answers what nothing else serves (404, and 405 to methods other than GET), and
        // the stylesheet and other page files under /static/.
        builder.staticFileBase(ClasspathFiles.folderUrl(ROOT_FILES, "favicon.ico"))
                .addServlet("/static/*", new ClasspathFiles(STATIC_FILES, "site.css"));
        // "" is the root alone: /anything-else is not the home page.
        builder.addServlet("", new HomeServlet(reader, queries, pages));
        SearchServlet search = new SearchServlet(new GraphSearch(reader), pages);
        builder.addServlet(SearchServlet.PATH, search).addServlet(SearchServlet.JSON_PATH, search);
        builder.addServlet("/timeline", new ModelPage(pages, "timeline.jte", () -> Timeline.read(reader)))
                .addServlet("/participation", new ModelPage(pages, "participation.jte",
                        () -> ParticipationLayout.layout(ParticipationGraph.read(reader))));
        builder.addServlet(ArticlesServlet.PATH, new ArticlesServlet(reader, pages))
                .addServlet(EntityServlet.PATH, new EntityServlet(reader, pages));
        new QuestionsModule(dataset, queries, pages).addTo(builder);
        builder.addServlet("/ontology", new OntologyServlet(reader, pages));
        builder.addServlet(VoidServlet.PATH, new VoidServlet(dataset));
    }
}
