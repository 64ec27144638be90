package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;

/**
 * Checks the evidence directly against the shipped article file, independently of the SHACL
 * shapes: every span's anchor is the text at its offsets (in code points), the NIF context holds
 * the file unchanged, and every fact-bearing node has evidence.
 */
class EvidenceSpanTest {

    private static String article;
    private static LoadedGraph graph;

    @BeforeAll
    static void load() throws IOException {
        article = Files.readString(Path.of("data/source/article.txt"), StandardCharsets.UTF_8);
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
    }

    @Test
    void contextHoldsTheArticleFileUnchanged() {
        Set<String> texts = select("""
                SELECT ?text WHERE { ?context a nif:Context ; nif:isString ?text }""", "text");
        assertEquals(Set.of(article), texts);
    }

    @Test
    void everySpanAnchorIsTheArticleTextAtItsCodePointOffsets() {
        Set<String> mismatches = new TreeSet<>();
        int spans = 0;
        for (QuerySolution row : rows("""
                SELECT ?span ?begin ?end ?anchor WHERE {
                  ?span nif:referenceContext ?context ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor }""")) {
            spans++;
            int begin = row.getLiteral("begin").getInt();
            int end = row.getLiteral("end").getInt();
            String anchor = row.getLiteral("anchor").getString();
            int length = article.codePointCount(0, article.length());
            String actual = begin < end && end <= length
                    ? article.substring(article.offsetByCodePoints(0, begin), article.offsetByCodePoints(0, end))
                    : "<offsets out of range>";
            if (!actual.equals(anchor)) {
                mismatches.add(row.getResource("span").getURI() + ": anchor \"" + anchor + "\" but text \"" + actual + "\"");
            }
        }
        assertEquals(Set.of(), mismatches);
        assertTrue(spans > 59, "every sentence and every evidence phrase is a span");
    }

    @Test
    void everyFactBearingNodeHasEvidence() {
        Set<String> withoutEvidence = select("""
                SELECT ?node WHERE {
                  VALUES ?kind { tk:Actor tk:Place tk:Event tk:Agreement tk:Sanctions tk:Claim tk:Participation tk:Membership }
                  ?node a/rdfs:subClassOf* ?kind .
                  FILTER NOT EXISTS { ?node tk:evidence ?span }
                }""", "node");
        assertEquals(Set.of(), withoutEvidence);
    }

    private static Set<String> select(String query, String variable) {
        Set<String> values = new TreeSet<>();
        rows(query).forEach(row -> values.add(row.get(variable).isLiteral()
                ? row.getLiteral(variable).getString() : row.getResource(variable).getURI()));
        return values;
    }

    private static List<QuerySolution> rows(String query) {
        String prefixes = """
                PREFIX tk:   <https://w3id.org/talks-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                """;
        return graph.select(prefixes + query);
    }
}
