package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

class CoverageCheckTest {

    @Test
    void everyContentSentenceOfTheShippedArticleIsCited() {
        Coverage coverage = CoverageCheck.run(GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))));

        assertEquals(List.of(), coverage.uncited());
        assertEquals(55, coverage.cited().size());
        // The reviewed list of sentences that carry nothing: a dash, a transition, a heading, a fragment.
        assertEquals(List.of(
                new Coverage.Sentence(2, "–"),
                new Coverage.Sentence(8, "This is what we know."),
                new Coverage.Sentence(35, "What happened when Ukraine and Russia last talked?"),
                new Coverage.Sentence(48, "Not much.")), coverage.nonContent());
    }

    @Test
    void aSentenceWithoutEvidenceInsideItIsUncited(@TempDir Path data) throws IOException {
        // The base fixture cites "Istanbul" in sentence 1; a second sentence with no fact pointing into it is uncited.
        Files.copy(Path.of("src/test/resources/shacl/base.ttl"), data.resolve("base.ttl"));
        Files.writeString(data.resolve("second-sentence.ttl"), """
                @prefix tk: <https://w3id.org/talks-kg/ontology#> .
                @prefix art: <https://w3id.org/talks-kg/id/article#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                art:offset_49_60 a nif:Sentence ; nif:referenceContext art:offset_0_48 ;
                    nif:beginIndex "49"^^xsd:nonNegativeInteger ; nif:endIndex "60"^^xsd:nonNegativeInteger ;
                    nif:anchorOf "Or not soon." ; tk:sentenceNumber "2"^^xsd:positiveInteger ; tk:carriesContent true .
                """);

        Coverage coverage = CoverageCheck.run(GraphLoader.load(new GraphFolders(Path.of("ontology"), data)));

        assertEquals(List.of(new Coverage.Sentence(1, "Putin may meet Zelensky in Istanbul on Thursday.")), coverage.cited());
        assertEquals(List.of(new Coverage.Sentence(2, "Or not soon.")), coverage.uncited());
        assertFalse(coverage.complete());
    }
}
