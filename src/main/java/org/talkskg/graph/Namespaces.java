package org.talkskg.graph;

import org.apache.jena.shared.PrefixMapping;

/** The namespaces of the graph, and the prefixes used to show its IRIs to people. */
public final class Namespaces {

    /** The ontology's own IRI; its terms are in {@link #TK}. */
    public static final String ONTOLOGY = "https://w3id.org/talks-kg/ontology";
    public static final String TK = ONTOLOGY + "#";
    public static final String TKD = "https://w3id.org/talks-kg/id/";
    public static final String ARTICLE = "https://w3id.org/talks-kg/id/article#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("tk", TK)
            .setNsPrefix("tkd", TKD)
            .setNsPrefix("art", ARTICLE)
            .setNsPrefix("nif", NIF)
            .setNsPrefix("org", ORG)
            .setNsPrefix("skos", SKOS)
            // The other vocabularies the ontology reuses, so that their terms show as foaf:Agent, prov:Entity.
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("vann", "http://purl.org/vocab/vann/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
            .setNsPrefix("schema", "https://schema.org/")
            .lock();

    private Namespaces() {}

    /** A locked prefix mapping: tk, tkd, art, nif, org, skos, the other reused vocabularies and Jena's standard ones. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}
