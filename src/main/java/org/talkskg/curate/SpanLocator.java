package org.talkskg.curate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.talkskg.graph.LoadedGraph;

/**
 * Finds a phrase in an article and gives the IRI of its evidence span, so that a curator never
 * counts offsets by hand. The phrase must occur exactly once in the sentence (or the article) searched.
 */
public final class SpanLocator {

    private static final String SENTENCES = """
            PREFIX tk:  <https://w3id.org/talks-kg/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?document ?text ?number ?begin ?end WHERE {
              ?document tk:hasText ?context .
              ?context nif:isString ?text .
              OPTIONAL {
                ?sentence a nif:Sentence ; nif:referenceContext ?context ; tk:sentenceNumber ?number ;
                          nif:beginIndex ?begin ; nif:endIndex ?end .
              }
            }""";

    private SpanLocator() {}

    /**
     * @param document the IRI of the article to search, or empty if the graph holds only one
     * @param sentence the sentence number to search in, or 0 for the whole article
     * @throws SpanException if the phrase is not there, or there more than once
     */
    public static SpanIri locate(LoadedGraph graph, Optional<String> document, int sentence, String phrase) {
        Article article = article(graph, document);
        int[] range = sentence == 0 ? new int[] {0, article.length()} : article.sentence(sentence);
        String searched = article.substring(range[0], range[1]);
        List<Integer> hits = new ArrayList<>();
        for (int at = searched.indexOf(phrase); at >= 0 && !phrase.isEmpty(); at = searched.indexOf(phrase, at + 1)) {
            hits.add(at);
        }
        String where = sentence == 0 ? "the article" : "sentence " + sentence;
        if (hits.size() != 1) {
            throw new SpanException(hits.isEmpty()
                    ? "\"" + phrase + "\" does not occur in " + where + (sentence == 0 ? "" : ": " + searched)
                    : "\"" + phrase + "\" occurs " + hits.size() + " times in " + where + ": give a longer phrase");
        }
        // indexOf counts UTF-16 units; NIF offsets count code points.
        int begin = range[0] + searched.codePointCount(0, hits.get(0));
        int end = begin + phrase.codePointCount(0, phrase.length());
        return new SpanIri(article.document(), begin, end);
    }

    private static Article article(LoadedGraph graph, Optional<String> wanted) {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (QuerySolution row : graph.select(SENTENCES)) {
            Article article = articles.computeIfAbsent(row.getResource("document").getURI(),
                    document -> new Article(document, row.getLiteral("text").getString()));
            if (row.contains("number")) {
                article.addSentence(row.getLiteral("number").getInt(),
                        row.getLiteral("begin").getInt(), row.getLiteral("end").getInt());
            }
        }
        if (wanted.isPresent()) {
            Article article = articles.get(wanted.get());
            if (article == null) {
                throw new SpanException("No article " + wanted.get() + " with a text in the graph; it has " + articles.keySet());
            }
            return article;
        }
        if (articles.size() != 1) {
            throw new SpanException(articles.isEmpty()
                    ? "The graph holds no article text (no tk:hasText with a nif:isString)"
                    : "The graph holds " + articles.size() + " articles: say which with --article, one of " + articles.keySet());
        }
        return articles.values().iterator().next();
    }
}
