package org.talkskg.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.talkskg.graph.LoadedGraph;

/**
 * Measures which sentences of the article are cited: a sentence is cited when some fact's
 * tk:evidence span lies inside it. Sentences marked tk:carriesContent false are listed apart.
 */
public final class CoverageCheck {

    private static final String SENTENCES = """
            PREFIX tk:  <https://w3id.org/talks-kg/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?number ?text ?content (COUNT(DISTINCT ?span) AS ?spans) WHERE {
              ?sentence a nif:Sentence ;
                        nif:referenceContext ?context ;
                        tk:sentenceNumber ?number ;
                        nif:beginIndex ?begin ;
                        nif:endIndex ?end ;
                        nif:anchorOf ?text ;
                        tk:carriesContent ?content .
              OPTIONAL {
                ?fact tk:evidence ?span .
                ?span nif:referenceContext ?context ; nif:beginIndex ?spanBegin ; nif:endIndex ?spanEnd .
                FILTER (?spanBegin >= ?begin && ?spanEnd <= ?end)
              }
            }
            GROUP BY ?context ?sentence ?number ?text ?content
            ORDER BY ?context ?number
            """;

    private CoverageCheck() {}

    public static Coverage run(LoadedGraph loaded) {
        List<Coverage.Sentence> cited = new ArrayList<>();
        List<Coverage.Sentence> uncited = new ArrayList<>();
        List<Coverage.Sentence> nonContent = new ArrayList<>();
        for (QuerySolution row : loaded.select(SENTENCES)) {
            Coverage.Sentence sentence = new Coverage.Sentence(
                    row.getLiteral("number").getInt(), row.getLiteral("text").getString());
            if (!row.getLiteral("content").getBoolean()) {
                nonContent.add(sentence);
            } else if (row.getLiteral("spans").getLong() > 0) {
                cited.add(sentence);
            } else {
                uncited.add(sentence);
            }
        }
        return new Coverage(cited, uncited, nonContent);
    }
}
