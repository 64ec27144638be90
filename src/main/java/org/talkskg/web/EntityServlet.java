package org.talkskg.web;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.talkskg.graph.Namespaces;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /id/NAME}: the entity {@code https://w3id.org/talks-kg/id/NAME}, in the form
 * {@link ContentNegotiation} chooses. HTML is its page (a document's page shows its text); the RDF
 * forms are its description ({@code entity-description}). An IRI the graph does not know is a 404:
 * a page that offers the search, or a line of text for an RDF client.
 */
final class EntityServlet extends HttpServlet {

    /** Where it is mounted. */
    static final String PATH = "/id/*";

    private final transient PageReader reader;
    private final transient Pages pages;
    private final transient EntityPageBuilder entities;
    private final transient ArticlePageBuilder articles;

    EntityServlet(PageReader reader, Pages pages) {
        this.reader = reader;
        this.pages = pages;
        this.entities = new EntityPageBuilder(reader);
        this.articles = new ArticlePageBuilder(reader, entities);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PageFormat> format = ContentNegotiation.choose(request, response);
        if (format.isEmpty()) {
            return;
        }
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String iri = Namespaces.TKD + name;
        if (!isValid(iri) || name.isEmpty() || !reader.ask("entity-known", iri)) {
            notFound(response, format.get(), iri, name);
        } else if (!format.get().isHtml()) {
            ContentNegotiation.writeRdf(response, reader.construct("entity-description", iri), format.get());
        } else {
            Optional<ArticlePage> article = articles.build(iri);
            if (article.isPresent()) {
                pages.write(response, HttpServletResponse.SC_OK, "article.jte", article.get());
            } else {
                pages.write(response, HttpServletResponse.SC_OK, "entity.jte", entities.build(iri));
            }
        }
    }

    private void notFound(HttpServletResponse response, PageFormat format, String iri, String name) throws IOException {
        if (format.isHtml()) {
            pages.write(response, HttpServletResponse.SC_NOT_FOUND, "not-found.jte", new NotFoundPage(iri, name.replace('-', ' ').strip()));
        } else {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println("The graph has nothing about <" + iri + ">");
        }
    }

    /** A name that makes no valid IRI (a space, a quote, an angle bracket) names nothing in the graph. */
    private static boolean isValid(String iri) {
        try {
            return !IRIx.create(iri).isRelative();
        } catch (IRIException e) {
            return false;
        }
    }
}
