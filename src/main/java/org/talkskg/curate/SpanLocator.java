package org.talkskg.curate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.talkskg.graph.LoadedGraph;

/**
 * Finds a phrase in the article and gives its evidence span, so that a curator never counts
 * offsets by hand. The phrase must occur exactly once in the sentence (or the article) searched.
 */
public final class SpanLocator {

    private static final String SENTENCES = """
            PREFIX tk:  <https://w3id.org/talks-kg/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?context ?text ?number ?begin ?end WHERE {
              ?context a nif:Context ; nif:isString ?text .
              OPTIONAL {
                ?sentence a nif:Sentence ; nif:referenceContext ?context ; tk:sentenceNumber ?number ;
                          nif:beginIndex ?begin ; nif:endIndex ?end .
              }
            }""";

    private SpanLocator() {}

    /**
     * @param sentence the sentence number to search in, or 0 for the whole article
     * @throws SpanNotFoundException if the phrase is not there, or there more than once
     */
    public static EvidenceSpan locate(LoadedGraph graph, int sentence, String phrase) {
        Article article = article(graph);
        int[] range = sentence == 0 ? new int[] {0, article.length()} : article.sentence(sentence);
        String searched = article.substring(range[0], range[1]);
        List<Integer> hits = new ArrayList<>();
        for (int at = searched.indexOf(phrase); at >= 0 && !phrase.isEmpty(); at = searched.indexOf(phrase, at + 1)) {
            hits.add(at);
        }
        String where = sentence == 0 ? "the article" : "sentence " + sentence;
        if (hits.size() != 1) {
            throw new SpanNotFoundException(hits.isEmpty()
                    ? "\"" + phrase + "\" does not occur in " + where + (sentence == 0 ? "" : ": " + searched)
                    : "\"" + phrase + "\" occurs " + hits.size() + " times in " + where + ": give a longer phrase");
        }
        // indexOf counts UTF-16 units; NIF offsets count code points.
        int begin = range[0] + searched.codePointCount(0, hits.get(0));
        int end = begin + phrase.codePointCount(0, phrase.length());
        return new EvidenceSpan(article.context(), begin, end, phrase);
    }

    private static Article article(LoadedGraph graph) {
        Article article = null;
        for (QuerySolution row : graph.select(SENTENCES)) {
            if (article == null) {
                article = new Article(row.getResource("context").getURI(), row.getLiteral("text").getString());
            }
            if (row.contains("number")) {
                article.addSentence(row.getLiteral("number").getInt(),
                        row.getLiteral("begin").getInt(), row.getLiteral("end").getInt());
            }
        }
        if (article == null) {
            throw new SpanNotFoundException("The graph holds no article text (no nif:Context with nif:isString)");
        }
        return article;
    }
}
