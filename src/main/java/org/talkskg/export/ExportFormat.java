package org.talkskg.export;

import java.util.Locale;

import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the whole graph is exported in; those of datasets keep the named graphs. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_PRETTY),
    TRIG(RDFFormat.TRIG_PRETTY),
    NQUADS(RDFFormat.NQUADS),
    JSONLD(RDFFormat.JSONLD11_PRETTY),
    RDFXML(RDFFormat.RDFXML_PRETTY);

    private final RDFFormat rdfFormat;

    ExportFormat(RDFFormat rdfFormat) {
        this.rdfFormat = rdfFormat;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the syntax has named graphs (TriG, N-Quads, JSON-LD); the others get the union of all graphs. */
    public boolean keepsNamedGraphs() {
        return this == TRIG || this == NQUADS || this == JSONLD;
    }

    /** The name used on the command line, e.g. {@code nquads}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
