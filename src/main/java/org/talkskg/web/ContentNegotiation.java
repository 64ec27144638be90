package org.talkskg.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.talkskg.graph.Namespaces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place that decides in which {@link PageFormat} a page is answered: {@code ?format=}
 * when given, else the {@code Accept} header, HTML when neither says. Every answer says
 * {@code Vary: Accept}, so that caches keep the forms apart.
 */
public final class ContentNegotiation {

    /** HTML first: a browser that accepts anything gets the page for people. */
    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(PageFormat.values()).map(PageFormat::mediaType).toArray(String[]::new));

    private ContentNegotiation() {}

    /**
     * The format to answer in. If the request names none that is offered, the answer is already
     * written (400 for an unknown {@code ?format=}, 406 for an {@code Accept} no format meets),
     * and the result is empty.
     */
    public static Optional<PageFormat> choose(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String named = request.getParameter("format");
        if (named != null) {
            Optional<PageFormat> format = PageFormat.named(named);
            if (format.isEmpty()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + named + "'");
            }
            return format;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(PageFormat.HTML);
        }
        MediaType match = AcceptList.match(new AcceptList(accept), OFFERED);
        Optional<PageFormat> format = match == null ? Optional.empty()
                : Arrays.stream(PageFormat.values()).filter(f -> f.mediaType().equals(match.getContentTypeStr())).findFirst();
        if (format.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the forms asked for (Accept: " + accept + ") is offered");
        }
        return format;
    }

    /** Writes a graph as the whole answer, in an RDF format, with the graph's prefixes. */
    public static void writeRdf(HttpServletResponse response, Graph graph, PageFormat format) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType() + "; charset=utf-8");
        RDFDataMgr.write(response.getOutputStream(), graph, format.rdfFormat().orElseThrow());
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(reason + ". Offered: " + Arrays.stream(PageFormat.values())
                .map(format -> format.mediaType() + " (?format=" + format.parameter() + ")")
                .collect(Collectors.joining(", ")));
    }
}
