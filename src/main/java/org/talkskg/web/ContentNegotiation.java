package org.talkskg.web;

import java.io.IOException;
import java.util.List;
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
 * when given, else the {@code Accept} header, HTML when neither says (Turtle for what is only
 * data, {@link #chooseRdf}). Every answer says
 * {@code Vary: Accept}, so that caches keep the forms apart.
 */
public final class ContentNegotiation {

    /** HTML first: a browser that accepts anything gets the page for people. */
    private static final List<PageFormat> PAGE = List.of(PageFormat.values());
    /** Turtle first, no HTML: for what is only data, such as the description of the dataset. */
    private static final List<PageFormat> DATA = PAGE.stream().filter(format -> !format.isHtml()).toList();

    private ContentNegotiation() {}

    /**
     * The format to answer in. If the request names none that is offered, the answer is already
     * written (400 for an unknown {@code ?format=}, 406 for an {@code Accept} no format meets),
     * and the result is empty.
     */
    public static Optional<PageFormat> choose(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return choose(request, response, PAGE);
    }

    /** As {@link #choose}, among the RDF formats only, Turtle when the request names none. */
    public static Optional<PageFormat> chooseRdf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return choose(request, response, DATA);
    }

    /** @param offered the formats to choose from, the one for a request that names none first */
    private static Optional<PageFormat> choose(HttpServletRequest request, HttpServletResponse response, List<PageFormat> offered)
            throws IOException {
        response.setHeader("Vary", "Accept");
        String named = request.getParameter("format");
        if (named != null) {
            Optional<PageFormat> format = PageFormat.named(named).filter(offered::contains);
            if (format.isEmpty()) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + named + "'", offered);
            }
            return format;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        AcceptList offers = AcceptList.create(offered.stream().map(PageFormat::mediaType).toArray(String[]::new));
        MediaType match = AcceptList.match(new AcceptList(accept), offers);
        Optional<PageFormat> format = match == null ? Optional.empty()
                : offered.stream().filter(f -> f.mediaType().equals(match.getContentTypeStr())).findFirst();
        if (format.isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the forms asked for (Accept: " + accept + ") is offered",
                    offered);
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

    private static void refuse(HttpServletResponse response, int status, String reason, List<PageFormat> offered) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(reason + ". Offered: " + offered.stream()
                .map(format -> format.mediaType() + " (?format=" + format.parameter() + ")")
                .collect(Collectors.joining(", ")));
    }
}
