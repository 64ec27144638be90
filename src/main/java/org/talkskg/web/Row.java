package org.talkskg.web;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** One row of a page query's answer, read by variable name. */
record Row(Binding binding) {

    /** The IRI, or the literal's text without its language or datatype; empty when the variable is unbound. */
    Optional<String> text(String variable) {
        Node node = binding.get(Var.alloc(variable));
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString());
    }

    /** The value of a variable the query always binds. */
    String value(String variable) {
        return text(variable).orElseThrow(() -> new IllegalStateException("The page query left ?" + variable + " unbound"));
    }

    long number(String variable) {
        return Long.parseLong(value(variable));
    }
}
