package org.talkskg.web;

import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** One answer row of a page query, read by variable name; an unbound variable is empty. */
record Row(QuerySolution solution) {

    Optional<RDFNode> node(String variable) {
        return Optional.ofNullable(solution.get(variable));
    }

    /** The IRI, or the lexical form of a literal. */
    Optional<String> text(String variable) {
        return node(variable).map(node -> node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
    }

    /** The text of a variable the query always binds. */
    String required(String variable) {
        return text(variable).orElseThrow(() -> new IllegalStateException("The page query left ?" + variable + " unbound"));
    }

    int integer(String variable) {
        return Integer.parseInt(required(variable));
    }
}
