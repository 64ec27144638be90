package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.Fixtures;
import org.talkskg.describe.DatasetDescriptions;
import org.talkskg.export.GraphExport;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.Inference;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.UpdateAccess;
import org.talkskg.server.UpdateSettings;
import org.talkskg.store.KgStore;

/** talks-kg export: what it writes reads back as the graph it was given, in every format. */
class ExportCommandTest {

    private static final String[] SHIPPED = {"--ontology", "ontology", "--data", "data"};
    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";

    private static LoadedGraph graph;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() {
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"trig, TRIG", "nquads, NQUADS", "jsonld, JSONLD"})
    void aFormatWithNamedGraphsKeepsEveryGraphAsItIs(String format, String lang) throws Exception {
        Path file = folder.resolve("export." + format);

        CommandRun run = CommandRun.of(args("export", "--format", format, "--output", file.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        DatasetGraph exported = readDataset(file, lang);
        Set<String> expectedNames = new TreeSet<>(graph.triplesPerGraph().keySet());
        expectedNames.add(GraphExport.DESCRIPTION_GRAPH);
        assertEquals(expectedNames, names(exported));
        for (String name : graph.triplesPerGraph().keySet()) {
            assertTrue(exported.getGraph(iri(name)).isIsomorphicWith(graph.dataset().getGraph(iri(name))), name);
        }
        assertTrue(exported.getGraph(iri(GraphExport.DESCRIPTION_GRAPH))
                .isIsomorphicWith(DatasetDescriptions.voidOf(graph.dataset(), DatasetDescriptions.DATASET)));
        assertTrue(exported.getDefaultGraph().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"turtle, TURTLE", "rdfxml, RDFXML"})
    void aFormatWithoutNamedGraphsGetsTheirUnion(String format, String lang) throws Exception {
        Path file = folder.resolve("export." + format);

        CommandRun run = CommandRun.of(args("export", "--format", format, "--output", file.toString()));

        assertEquals(0, run.exitCode(), run.err());
        Graph expected = GraphFactory.createDefaultGraph();
        graph.dataset().getDefaultGraph().find().forEach(expected::add);
        DatasetDescriptions.voidOf(graph.dataset(), DatasetDescriptions.DATASET).find().forEach(expected::add);
        assertTrue(readGraph(file, lang).isIsomorphicWith(expected));
    }

    @Test
    void theInferencesAreTheirOwnGraphAndTheDescriptionCountsThem() throws Exception {
        CommandRun run = CommandRun.of(args("export", "--format", "nquads", "--inferred"));

        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph exported = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(exported);
        Graph inferred = Inference.deductions(graph.dataset().getDefaultGraph());
        assertTrue(exported.getGraph(iri(Inference.GRAPH_IRI)).isIsomorphicWith(inferred));
        Graph description = exported.getGraph(iri(GraphExport.DESCRIPTION_GRAPH));
        Node dataset = iri(DatasetDescriptions.INFERRED_DATASET);
        Node triples = description.find(dataset, iri("http://rdfs.org/ns/void#triples"), Node.ANY).next().getObject();
        assertEquals(graph.dataset().getDefaultGraph().size() + inferred.size(), Long.parseLong(triples.getLiteralLexicalForm()));
    }

    @Test
    void aStoreIsExportedWithTheChangesMadeOverHttp() throws Exception {
        // A small data folder: the server checks the shapes on the whole store at start and at each update.
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.copy(Fixtures.path("shacl/base.ttl"), data.resolve("base.ttl"));
        Path storeFolder = folder.resolve("store");
        Path passwords = Files.writeString(folder.resolve("passwords"), "alice: wonderland\n");
        try (KgStore store = KgStore.open(storeFolder, new GraphFolders(Path.of("ontology"), data), false)) {
            KgServer server = KgServer.startWithUpdates(store, Fixtures.shippedQueries(),
                    new ServerSettings(0, "127.0.0.1", 30), UpdateAccess.of(passwords, List.of()), UpdateSettings.defaults());
            try {
                String update = "INSERT DATA { GRAPH <" + CURATED + "> { <https://w3id.org/talks-kg/id/note-1>"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> \"checked\" } }";
                HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve(URI.create("kg/update")))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:wonderland".getBytes(StandardCharsets.UTF_8)))
                        .POST(BodyPublishers.ofString(update)).build();
                assertEquals(204, HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).statusCode());
            } finally {
                server.stop();
            }
        }

        CommandRun run = CommandRun.of("export", "--format", "trig", "--store", storeFolder.toString(), "--ontology", "ontology",
                "--data", data.toString());

        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph exported = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(run.out(), Lang.TRIG).parse(exported);
        Graph curated = exported.getGraph(iri(CURATED));
        assertEquals(1, curated.size());
        assertTrue(curated.contains(iri("https://w3id.org/talks-kg/id/note-1"), iri("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("checked")));
        Graph base = GraphFactory.createDefaultGraph();
        RDFParser.source(data.resolve("base.ttl")).parse(base);
        assertTrue(exported.getGraph(iri("https://w3id.org/talks-kg/graph/data/base")).isIsomorphicWith(base));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of(args("export", "--format", "xml"));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--format': expected one of"
                + " [turtle, trig, nquads, jsonld, rdfxml] but was 'xml'\n"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLine() throws Exception {
        Path missingFolder = folder.resolve("no-such-folder").resolve("export.ttl");
        Path aFolder = Files.createDirectories(folder.resolve("a-folder"));

        CommandRun missing = CommandRun.of(args("export", "--format", "turtle", "--output", missingFolder.toString()));
        CommandRun intoFolder = CommandRun.of(args("export", "--format", "turtle", "--output", aFolder.toString()));

        assertEquals(1, missing.exitCode());
        assertEquals("Cannot write " + missingFolder + ": no such folder\n", missing.err());
        assertEquals(1, intoFolder.exitCode());
        assertEquals("Cannot write " + aFolder + ": Is a directory\n", intoFolder.err());
    }

    @Test
    void aStoreThatIsNotThereIsNotMade() {
        Path nowhere = folder.resolve("nowhere");

        CommandRun run = CommandRun.of(args("export", "--format", "trig", "--store", nowhere.toString()));

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--store " + nowhere + ": no such folder; serve --store DIR makes a store\n"), run.err());
        assertFalse(Files.exists(nowhere));
    }

    private static String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(SHIPPED));
        return all.toArray(String[]::new);
    }

    private static DatasetGraph readDataset(Path file, String lang) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(file).lang(lang(lang)).parse(dataset);
        return dataset;
    }

    private static Graph readGraph(Path file, String lang) {
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(lang(lang)).parse(read);
        return read;
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            case "JSONLD" -> Lang.JSONLD;
            case "TURTLE" -> Lang.TURTLE;
            default -> Lang.RDFXML;
        };
    }

    private static Set<String> names(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
        return names;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
