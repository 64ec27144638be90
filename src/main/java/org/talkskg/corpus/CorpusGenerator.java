package org.talkskg.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.talkskg.curate.SourceText;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.graph.Namespaces;

/**
 * Makes a corpus of stand-in articles from the shipped one, as a data folder: the shipped
 * article's files as they are, and for each variant ({@link ArticleVariant}) its modules under
 * {@code articles/NAME/} and its text under {@code source/}; or, in {@link CorpusFormat#NQUADS},
 * the same graphs in one N-Quads file. The same seed gives the same corpus.
 */
public final class CorpusGenerator {

    /** The shipped article's document. */
    private static final String DOCUMENT = Namespaces.TKD + "article";
    /** The entities that may be shared between articles: actors and places; roles are always shared. */
    private static final String SHAREABLE = """
            PREFIX tk:   <https://w3id.org/talks-kg/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?entity ?kind WHERE {
              { ?entity a/rdfs:subClassOf* tk:Actor BIND ("reusable" AS ?kind) }
              UNION { ?entity a/rdfs:subClassOf* tk:Place BIND ("reusable" AS ?kind) }
              UNION { ?entity a org:Role BIND ("shared" AS ?kind) }
              FILTER (STRSTARTS(STR(?entity), "https://w3id.org/talks-kg/id/"))
            } ORDER BY ?entity""";
    /** Dates move by up to two years either way. */
    private static final int MAX_DAY_SHIFT = 730;

    /** What was written. */
    public record Corpus(Path folder, int articles, long triples) {}

    private final LoadedGraph shipped;
    private final Path shippedData;
    private final Consumer<String> progress;

    /**
     * @param shipped     the graph loaded from the shipped ontology and data
     * @param shippedData the data folder it was loaded from
     * @param progress    takes a line now and then
     */
    public CorpusGenerator(LoadedGraph shipped, Path shippedData, Consumer<String> progress) {
        this.shipped = shipped;
        this.shippedData = shippedData;
        this.progress = progress;
    }

    /**
     * Writes a corpus of this many articles, the shipped one among them, into a folder that must
     * not exist yet.
     *
     * @param reuseShare the share of the shipped actors and places each variant keeps, 0 to 1
     */
    public Corpus generate(int articles, long seed, double reuseShare, Path output) {
        return generate(articles, seed, reuseShare, output, CorpusFormat.TURTLE);
    }

    /**
     * Writes a corpus in the format given: Turtle modules, which serve, validate and load read as a
     * data folder, or one N-Quads file for load; the texts are under {@code source/} either way.
     */
    public Corpus generate(int articles, long seed, double reuseShare, Path output, CorpusFormat format) {
        if (Files.exists(output)) {
            throw new CorpusException(output + " exists already: give a new folder for the corpus");
        }
        Map<String, Graph> modules = dataModules();
        String text = SourceText.read(shippedData, "article").text();
        List<String> reusable = new ArrayList<>();
        Set<String> shared = new TreeSet<>();
        for (QuerySolution row : shipped.select(SHAREABLE)) {
            String entity = row.getResource("entity").getURI();
            (row.getLiteral("kind").getString().equals("shared") ? shared : reusable).add(entity);
        }
        Random random = new Random(seed);
        long triples = modules.values().stream().mapToLong(Graph::size).sum();
        try (ModuleWriter writer = format.writerInto(output)) {
            writer.shipped(shippedData, modules);
            for (int number = 1; number < articles; number++) {
                Set<String> kept = new TreeSet<>(shared);
                reusable.stream().filter(entity -> random.nextDouble() < reuseShare).forEach(kept::add);
                int dayShift = random.nextInt(2 * MAX_DAY_SHIFT + 1) - MAX_DAY_SHIFT;
                ArticleVariant variant = new ArticleVariant(String.format("c%05d", number), DOCUMENT, kept, dayShift, text);
                triples += write(variant, modules, output, writer);
                if (number % 100 == 0 || number == articles - 1) {
                    progress.accept("Wrote " + (number + 1) + " of " + articles + " articles, " + triples + " triples");
                }
            }
        }
        return new Corpus(output, articles, triples);
    }

    /** The shipped data graphs by module name ({@code actors}, ...), copied out of the dataset once. */
    private Map<String, Graph> dataModules() {
        String namespace = GraphRole.DATA.graphNamespace();
        Map<String, Graph> modules = new LinkedHashMap<>();
        Txn.executeRead(shipped.dataset(), () -> shipped.triplesPerGraph().keySet().stream()
                .filter(graph -> graph.startsWith(namespace))
                .forEach(graph -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    GraphUtil.addInto(copy, shipped.dataset().getGraph(NodeFactory.createURI(graph)));
                    modules.put(graph.substring(namespace.length()), copy);
                }));
        return modules;
    }

    private static long write(ArticleVariant variant, Map<String, Graph> modules, Path output, ModuleWriter writer) {
        Path text = SourceText.fileOf(output, variant.documentName());
        try {
            Files.writeString(text, variant.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException("Cannot write " + text + ": " + e.getMessage(), e);
        }
        long triples = 0;
        for (Map.Entry<String, Graph> module : modules.entrySet()) {
            Graph copy = GraphFactory.createDefaultGraph();
            module.getValue().find().forEach(triple -> variant.map(triple).ifPresent(copy::add));
            writer.module(Path.of("articles", variant.name(), module.getKey()), copy);
            triples += copy.size();
        }
        return triples;
    }
}
