package org.talkskg.web;

import java.time.LocalDate;
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

    /** The text of a variable, if bound; an empty string counts as none. */
    Optional<String> nonEmpty(String variable) {
        return text(variable).filter(text -> !text.isEmpty());
    }

    /** The text of a variable the query always binds. */
    String required(String variable) {
        return text(variable).orElseThrow(() -> new IllegalStateException("The page query left ?" + variable + " unbound"));
    }

    int integer(String variable) {
        return Integer.parseInt(required(variable));
    }

    long number(String variable) {
        return Long.parseLong(required(variable));
    }

    /** The day of an xsd:dateTime, if bound: its time of day means nothing in this graph. */
    Optional<LocalDate> day(String variable) {
        return nonEmpty(variable).map(lexical -> LocalDate.parse(lexical.substring(0, 10)));
    }
}
