package org.talkskg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.curate.CitedSpans;
import org.talkskg.curate.SourceText;
import org.talkskg.curate.SpanIri;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQueries;
import org.talkskg.validate.Coverage;
import org.talkskg.validate.CoverageCheck;
import org.talkskg.validate.ShapeCheck;

/** A corpus made from the shipped article: loadable, valid, its spans on its texts, the same for the same seed. */
class CorpusGeneratorTest {

    private static final String TKD = "https://w3id.org/talks-kg/id/";

    @TempDir
    static Path folder;
    private static LoadedGraph shipped;
    private static Path corpus;
    private static LoadedGraph corpusGraph;

    @BeforeAll
    static void generate() {
        shipped = Fixtures.shippedGraph();
        corpus = generate(3, 7, folder.resolve("corpus"));
        corpusGraph = GraphLoader.load(new GraphFolders(Path.of("ontology"), corpus));
    }

    private static Path generate(int articles, long seed, Path output) {
        return new CorpusGenerator(shipped, Path.of("data"), line -> {}).generate(articles, seed, 0.5, output).folder();
    }

    @Test
    void theCorpusHoldsTheShippedArticleAndItsVariantsEachWithItsOwnText() {
        List<String> documents = new ArrayList<>();
        corpusGraph.select("SELECT ?d { ?d a <https://w3id.org/talks-kg/ontology#NewsArticle> } ORDER BY ?d")
                .forEach(row -> documents.add(row.getResource("d").getURI()));

        assertEquals(List.of(TKD + "article", TKD + "article-c00001", TKD + "article-c00002"), documents);
        assertTrue(Files.isRegularFile(corpus.resolve("source/article-c00002.txt")));
        assertTrue(Files.isRegularFile(corpus.resolve("articles/c00002/meetings.ttl")));
    }

    @Test
    void theCorpusConformsToTheShapesAndEverySpanCoversItsWordsInItsText() {
        CitedSpans.requireLoadedTexts(corpusGraph, corpus);
        assertEquals(List.of(), ShapeCheck.run(corpusGraph));

        Map<String, SourceText> texts = new TreeMap<>();
        int checked = 0;
        for (QuerySolution row : corpusGraph.select(
                "SELECT ?span ?words { ?span <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?words }")) {
            SpanIri span = SpanIri.parse(row.getResource("span").getURI()).orElseThrow();
            SourceText text = texts.computeIfAbsent(span.documentName(), name -> SourceText.read(corpus, name));
            assertEquals(text.substring(span.begin(), span.end()), row.getLiteral("words").getString(), span.iri());
            checked++;
        }
        long shippedSpans = shipped.select("SELECT ?span { ?span <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> [] }").size();
        assertEquals(3 * shippedSpans, checked);
    }

    @Test
    void aVariantAnswersTheQuestionsAboutOneArticleAsTheShippedOneDoes() {
        for (String article : List.of("tkd:article-c00001", "tkd:article-c00002")) {
            assertEquals(answer(shipped, "uncited-sentences", Map.of()),
                    answer(corpusGraph, "uncited-sentences", Map.of("article", article)), article);
            assertEquals(answer(shipped, "evidence-for", Map.of("entity", "tkd:talks-2022-turkiye")),
                    answer(corpusGraph, "evidence-for", Map.of("entity", "tkd:talks-2022-turkiye-" + article.substring(12),
                            "article", article)).replace(" (" + article.substring(12) + ")", ""), article);
        }
        assertEquals(answer(shipped, "uncited-sentences", Map.of()), answer(corpusGraph, "uncited-sentences", Map.of()));
    }

    @Test
    void coverageCountsTheSentencesOfEveryArticle() {
        Coverage one = CoverageCheck.run(shipped);
        Coverage three = CoverageCheck.run(corpusGraph);

        assertEquals(3 * one.cited().size(), three.cited().size());
        assertEquals(3 * one.uncited().size(), three.uncited().size());
        assertEquals(3 * one.nonContent().size(), three.nonContent().size());
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        Path again = generate(3, 7, folder.resolve("again"));
        Path other = generate(3, 8, folder.resolve("other"));

        assertEquals(contents(corpus), contents(again));
        assertNotEquals(contents(corpus), contents(other));
    }

    @Test
    void anExistingFolderIsNotOverwritten() {
        CorpusException refused = assertThrows(CorpusException.class, () -> generate(2, 1, corpus));
        assertEquals(corpus + " exists already: give a new folder for the corpus", refused.getMessage());
    }

    private static String answer(LoadedGraph graph, String query, Map<String, String> parameters) {
        Query substituted = QueryParameters.substitute(new SavedQueries(Path.of("queries")).get(query), parameters);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(graph.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(graph.dataset())).query(substituted).build()) {
                ResultSetFormatter.outputAsCSV(out, execution.execSelect());
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every file of a folder by its relative path, as text. */
    private static Map<String, String> contents(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
