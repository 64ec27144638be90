package org.talkskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QueryHeaderTest {

    @Test
    void readsEveryFieldWithIndentedContinuationLines() {
        QueryHeader header = QueryHeader.parse("""
                # title: Evidence for an entity
                # question: Which sentences support facts
                #           about a given entity?
                # parameters: entity - the entity: a prefixed name, an IRI or a label
                #             in any case (default tkd:volodymyr-zelensky)
                #   limit - how many rows
                # pattern: evidence as NIF spans
                PREFIX tk: <https://w3id.org/talks-kg/ontology#>
                # a comment in the query body is not part of the header
                SELECT * { ?s ?p ?o }
                """);

        assertEquals("Evidence for an entity", header.title());
        assertEquals("Which sentences support facts about a given entity?", header.question());
        assertEquals("evidence as NIF spans", header.pattern());
        assertEquals(List.of(
                        new QueryParameter("entity", "the entity: a prefixed name, an IRI or a label in any case",
                                Optional.of("tkd:volodymyr-zelensky")),
                        new QueryParameter("limit", "how many rows", Optional.empty())),
                header.parameters());
        assertEquals(true, header.parameters().get(1).required());
    }

    @Test
    void noneDeclaresNoParameters() {
        QueryHeader header = QueryHeader.parse("# title: T\n# parameters: none\nSELECT * { ?s ?p ?o }\n");

        assertEquals(List.of(), header.parameters());
        assertEquals("T", header.title());
    }

    @Test
    void aFileWithoutHeaderHasEmptyFields() {
        QueryHeader header = QueryHeader.parse("SELECT * { ?s ?p ?o }\n");

        assertEquals(new QueryHeader("", "", List.of(), ""), header);
    }

    @Test
    void aParameterDescribesItselfAsTheHeaderDeclaresIt() {
        assertEquals("entity - the entity (default tkd:x)",
                new QueryParameter("entity", "the entity", Optional.of("tkd:x")).describe());
        assertEquals("text - words to look for (required)",
                new QueryParameter("text", "words to look for", Optional.empty()).describe());
    }
}
