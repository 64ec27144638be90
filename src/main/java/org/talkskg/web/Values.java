package org.talkskg.web;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.talkskg.graph.Namespaces;

/**
 * Makes the {@link Value}s of one entity's page: every node by its label (or, without one, by its
 * prefixed name), linked where a link is safe, with its status and date, and the entity itself
 * marked as such.
 */
final class Values {

    private final String entityIri;
    private final Qualifiers qualifiers;

    Values(String entityIri, Qualifiers qualifiers) {
        this.entityIri = entityIri;
        this.qualifiers = qualifiers;
    }

    /** A node of a row with the label the row gives it, if any. */
    Value of(RDFNode node, Optional<String> label) {
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String datatype = literal.getDatatypeURI();
            boolean text = XSDDatatype.XSDstring.getURI().equals(datatype) || RDF.dtLangString.getURI().equals(datatype);
            return new Value(literal.getLexicalForm(), null, null, false, text);
        }
        return ofIri(node.isURIResource() ? node.asResource().getURI() : node.toString(), label);
    }

    /** The entity itself is shown without its status and date: the page's header gives them once. */
    Value ofIri(String iri, Optional<String> label) {
        boolean self = iri.equals(entityIri);
        return new Value(label.orElseGet(() -> Namespaces.prefixes().shortForm(iri)), Links.safeHref(iri).orElse(null),
                self ? null : qualifiers.of(iri).orElse(null), self, false);
    }

    /** The label of a property, or its prefixed name when the graph gives it none. */
    static String propertyLabel(Row row, String propertyVariable, String labelVariable) {
        return row.text(labelVariable).orElseGet(() -> Namespaces.prefixes().shortForm(row.required(propertyVariable)));
    }
}
