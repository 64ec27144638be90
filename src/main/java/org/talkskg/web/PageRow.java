package org.talkskg.web;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** One row of a page query, read by variable name. */
record PageRow(Binding binding) {

    /** The IRI bound to a variable the query always binds to an IRI. */
    String iri(String variable) {
        return node(variable).getURI();
    }

    /** The text of a literal the query always binds. */
    String text(String variable) {
        return node(variable).getLiteralLexicalForm();
    }

    /** The text of a literal, if bound; an empty string counts as none. */
    Optional<String> optionalText(String variable) {
        return Optional.ofNullable(binding.get(variable)).map(Node::getLiteralLexicalForm).filter(text -> !text.isEmpty());
    }

    Optional<String> optionalIri(String variable) {
        return Optional.ofNullable(binding.get(variable)).map(Node::getURI);
    }

    /** The day of an xsd:dateTime, if bound: its time of day means nothing in this graph. */
    Optional<LocalDate> day(String variable) {
        return optionalText(variable).map(lexical -> LocalDate.parse(lexical.substring(0, 10)));
    }

    private Node node(String variable) {
        Node node = binding.get(variable);
        if (node == null) {
            throw new IllegalStateException("The page query left ?" + variable + " unbound");
        }
        return node;
    }
}
