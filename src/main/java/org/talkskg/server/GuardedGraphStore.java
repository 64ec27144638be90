package org.talkskg.server;

import java.util.Set;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's Graph Store Protocol action, read and write, taking only Turtle and N-Triples bodies.
 * Other syntaxes can make the parser fetch documents (a JSON-LD {@code @context} given by URL)
 * or are not needed; a multipart upload is refused likewise (415). Where the data may go, and
 * the shapes it must keep, are up to {@link CuratedDataset}; each write is recorded with its
 * method and graph ({@link ChangeRequest}).
 */
final class GuardedGraphStore extends GSP_RW {

    private static final Set<Lang> ACCEPTED = Set.of(Lang.TURTLE, Lang.NTRIPLES);

    private final CuratedDataset dataset;

    GuardedGraphStore(CuratedDataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doPut(HttpAction action) {
        requireAcceptedSyntax(action);
        dataset.perform(request(action, "PUT"), () -> super.doPut(action));
    }

    @Override
    protected void doPost(HttpAction action) {
        requireAcceptedSyntax(action);
        dataset.perform(request(action, "POST"), () -> super.doPost(action));
    }

    @Override
    protected void doDelete(HttpAction action) {
        dataset.perform(request(action, "DELETE"), () -> super.doDelete(action));
    }

    /** E.g. "PUT ?graph=https://w3id.org/talks-kg/graph/data/curated": the body is in the change itself. */
    private static ChangeRequest request(HttpAction action, String method) {
        String graph = action.getRequestParameter(HttpNames.paramGraph);
        return ChangeRequest.of(action, "Graph Store " + method, method + " " + (graph == null ? "?default" : "?graph=" + graph));
    }

    private static void requireAcceptedSyntax(HttpAction action) {
        ContentType type = ActionLib.getContentType(action);
        Lang lang = type == null ? null : RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null || !ACCEPTED.contains(lang)) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Send the graph as text/turtle or application/n-triples"
                    + " (got " + (type == null ? "no Content-Type" : type.getContentTypeStr()) + ")");
        }
    }
}
