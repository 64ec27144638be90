package org.talkskg.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.riot.WebContent;

/**
 * The forms an answer of a saved question comes in over {@code /api}: SPARQL results for SELECT
 * and ASK, RDF for CONSTRUCT and DESCRIBE. Asked for by extension ({@code /api/NAME.csv}) or by
 * {@code Accept}; the first of each kind is the default.
 */
enum AnswerFormat {

    JSON("json", "JSON", WebContent.contentTypeResultsJSON, false),
    CSV("csv", "CSV", WebContent.contentTypeTextCSV, false),
    TSV("tsv", "TSV", WebContent.contentTypeTextTSV, false),
    XML("xml", "XML", WebContent.contentTypeResultsXML, false),
    TURTLE("ttl", "Turtle", WebContent.contentTypeTurtle, true),
    JSON_LD("jsonld", "JSON-LD", WebContent.contentTypeJSONLD, true),
    N_TRIPLES("nt", "N-Triples", WebContent.contentTypeNTriples, true),
    RDF_XML("rdf", "RDF/XML", WebContent.contentTypeRDFXML, true);

    private final String extension;
    private final String label;
    private final String mediaType;
    private final boolean graph;

    AnswerFormat(String extension, String label, String mediaType, boolean graph) {
        this.extension = extension;
        this.label = label;
        this.mediaType = mediaType;
        this.graph = graph;
    }

    /** Without the dot, e.g. {@code csv}. */
    String extension() {
        return extension;
    }

    /** As a link to it reads, e.g. {@code CSV}. */
    String label() {
        return label;
    }

    String mediaType() {
        return mediaType;
    }

    /** The formats a query's answers come in, the default first. */
    static List<AnswerFormat> offeredFor(Query query) {
        boolean graph = returnsGraph(query);
        return Arrays.stream(values()).filter(format -> format.graph == graph).toList();
    }

    /**
     * The format an extension names.
     *
     * @throws HttpProblem 400 for an extension that is not a format, or one of the other kind of query
     */
    static AnswerFormat byExtension(String name, Query query, String extension) {
        AnswerFormat format = Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                .orElseThrow(() -> HttpProblem.badRequest("Unknown format ." + extension + ": " + name + " answers in "
                        + extensionsFor(query)));
        if (format.graph != returnsGraph(query)) {
            throw HttpProblem.badRequest("Format ." + extension + " is for " + (format.graph ? "graphs" : "result tables") + ", but "
                    + name + " is a " + query.queryType() + " query: it answers in " + extensionsFor(query));
        }
        return format;
    }

    /**
     * The offered format the {@code Accept} header prefers; the default when there is none.
     *
     * @throws HttpProblem 406 when the header accepts none of them
     */
    static AnswerFormat negotiate(String name, Query query, String accept) {
        List<AnswerFormat> offered = offeredFor(query);
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        AcceptList offers = AcceptList.create(offered.stream().map(AnswerFormat::mediaType).toArray(String[]::new));
        MediaType match = AcceptList.match(new AcceptList(accept), offers);
        Optional<AnswerFormat> format = match == null ? Optional.empty()
                : offered.stream().filter(f -> f.mediaType.equals(match.getContentTypeStr())).findFirst();
        return format.orElseThrow(() -> new HttpProblem(406, "None of the media types asked for (Accept: " + accept + ") is offered: "
                + name + " answers in " + offered.stream().map(f -> f.mediaType + " (." + f.extension + ")")
                        .collect(Collectors.joining(", "))));
    }

    private static boolean returnsGraph(Query query) {
        return query.isConstructType() || query.isDescribeType();
    }

    private static String extensionsFor(Query query) {
        return offeredFor(query).stream().map(f -> "." + f.extension).collect(Collectors.joining(", "));
    }
}
