package org.talkskg.web;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The forms a page of the graph comes in: HTML for people, and RDF in the usual syntaxes. */
public enum PageFormat {

    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY),
    N_TRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES);

    private final String parameter;
    private final String mediaType;
    private final RDFFormat rdfFormat;

    PageFormat(String parameter, String mediaType, RDFFormat rdfFormat) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    /** The value of {@code ?format=} that asks for it, e.g. {@code ttl}. */
    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    /** How to write it; empty for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(rdfFormat);
    }

    public boolean isHtml() {
        return rdfFormat == null;
    }

    /** The format a {@code ?format=} value names: its short name, its media type, or its Jena language name. */
    public static Optional<PageFormat> named(String value) {
        return Arrays.stream(values())
                .filter(format -> format.parameter.equalsIgnoreCase(value) || format.mediaType.equalsIgnoreCase(value)
                        || (format.rdfFormat != null && matchesLang(format.rdfFormat.getLang(), value)))
                .findFirst();
    }

    private static boolean matchesLang(Lang lang, String value) {
        return lang.getName().equalsIgnoreCase(value) || lang.getAltNames().stream().anyMatch(value::equalsIgnoreCase);
    }
}
