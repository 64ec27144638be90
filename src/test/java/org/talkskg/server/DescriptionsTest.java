package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.Inference;
import org.talkskg.graph.LoadedGraph;

/**
 * What the server says about the graph it serves, over HTTP: the VoID and DCAT description at
 * /.well-known/void, and the SPARQL service description of each query endpoint.
 */
class DescriptionsTest {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String TKD = "https://w3id.org/talks-kg/id/";
    private static final String DATASET = "https://w3id.org/talks-kg/dataset";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static LoadedGraph graph;
    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        server = KgServer.start(graph, Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theVoidDescriptionCountsTheGraphAndNamesItsLicenceSourceAndEndpoint() throws Exception {
        HttpResponse<String> response = client.get(".well-known/void");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/turtle; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Graph description = parse(response.body(), Lang.TURTLE);
        Node dataset = iri(DATASET);
        assertEquals(Set.of(iri(VOID + "Dataset"), iri(DCAT + "Dataset")), objects(description, dataset, RDF_TYPE));
        assertEquals(Set.of(iri("https://creativecommons.org/licenses/by/4.0/")), objects(description, dataset, DCTERMS + "license"));
        assertEquals(Set.of(iri(TKD + "article")), objects(description, dataset, DCTERMS + "source"));
        assertEquals("talks-kg: the knowledge graph of the CNN article on possible Zelensky-Putin talks",
                only(description, dataset, DCTERMS + "title").getLiteralLexicalForm());
        assertEquals(Set.of(iri(TKD + "volodymyr-zelensky"), iri(TKD + "istanbul-talks-2025"), iri(TKD + "european-ultimatum"),
                iri(TKD + "sanctions-threatened-in-european-ultimatum")), objects(description, dataset, VOID + "exampleResource"));
        assertEquals(Set.of(iri(server.baseUrl() + "kg/sparql")), objects(description, dataset, VOID + "sparqlEndpoint"));
        assertEquals(Set.of(iri(server.baseUrl() + "kg/get?default")), objects(description, dataset, VOID + "dataDump"));
        assertEquals(Set.of(dataset), objects(description, iri(server.baseUrl() + "kg/sparql"), DCAT + "servesDataset"));
        assertEquals(graph.dataset().getDefaultGraph().size(), number(description, dataset, VOID + "triples"));
        assertEquals(graph.triplesPerGraph(), subsetTriples(description, dataset));
        assertEquals(12, instancesOf(description, dataset, "https://w3id.org/talks-kg/ontology#Person"));
        assertEquals("talks-kg data: sanctions",
                only(description, iri("https://w3id.org/talks-kg/graph/data/sanctions"), DCTERMS + "title").getLiteralLexicalForm());
    }

    @Test
    void theVoidDescriptionComesInOtherRdfFormsAndABrowserGetsTurtle() throws Exception {
        Graph turtle = parse(client.get(".well-known/void").body(), Lang.TURTLE);

        HttpResponse<String> jsonLd = client.send(client.request(".well-known/void").header("Accept", "application/ld+json"));
        HttpResponse<String> nTriples = client.get(".well-known/void?format=nt");
        HttpResponse<String> browser = client.send(client.request(".well-known/void").header("Accept", BROWSER));

        assertEquals("application/ld+json; charset=utf-8", jsonLd.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(parse(jsonLd.body(), Lang.JSONLD).isIsomorphicWith(turtle));
        assertTrue(parse(nTriples.body(), Lang.NTRIPLES).isIsomorphicWith(turtle));
        assertEquals("text/turtle; charset=utf-8", browser.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(400, client.get(".well-known/void?format=html").statusCode());
    }

    @Test
    void aGetWithoutAQueryIsTheServiceDescription() throws Exception {
        HttpResponse<String> response = client.get("kg/sparql");

        assertEquals(200, response.statusCode(), response.body());
        Graph description = parse(response.body(), Lang.TURTLE);
        Node service = iri(server.baseUrl() + "kg/sparql");
        assertEquals(Set.of(iri(SD + "Service")), objects(description, service, RDF_TYPE));
        assertEquals(Set.of(service), objects(description, service, SD + "endpoint"));
        assertEquals(Set.of(iri(SD + "SPARQL11Query")), objects(description, service, SD + "supportedLanguage"));
        assertEquals(Set.of(iri(SD + "UnionDefaultGraph")), objects(description, service, SD + "feature"));
        assertEquals(8, objects(description, service, SD + "resultFormat").size());
        assertTrue(objects(description, service, SD + "resultFormat").contains(iri("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertEquals(Set.of(iri(DATASET)), objects(description, service, SD + "defaultDataset"));
        assertEquals(graph.dataset().getDefaultGraph().size(), defaultGraphTriples(description, DATASET));
        assertEquals(graph.triplesPerGraph(), namedGraphTriples(description, DATASET));
    }

    @Test
    void theInferredEndpointDescribesTheGraphWithItsInferences() throws Exception {
        HttpResponse<String> response = client.send(client.request("kg-inferred/query").header("Accept", "application/n-triples"));

        assertEquals(200, response.statusCode(), response.body());
        Graph description = parse(response.body(), Lang.NTRIPLES);
        String inferredDataset = DATASET + "/inferred";
        long inferred = Inference.deductions(graph.dataset().getDefaultGraph()).size();
        assertEquals(Set.of(iri(inferredDataset)), objects(description, iri(server.baseUrl() + "kg-inferred/query"), SD + "defaultDataset"));
        assertEquals(graph.dataset().getDefaultGraph().size() + inferred, defaultGraphTriples(description, inferredDataset));
        Map<String, Long> expected = new TreeMap<>(graph.triplesPerGraph());
        expected.put(Inference.GRAPH_IRI, inferred);
        assertEquals(expected, namedGraphTriples(description, inferredDataset));
    }

    @Test
    void aQueryStillGoesToTheEndpoint() throws Exception {
        HttpResponse<String> response = client.get("kg/sparql?query=" + TestClient.encode("ASK {}"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("true"), response.body());
    }

    /** Each void:subset of the dataset by IRI, with its void:triples. */
    private static Map<String, Long> subsetTriples(Graph description, Node dataset) {
        return objects(description, dataset, VOID + "subset").stream()
                .collect(Collectors.toMap(Node::getURI, subset -> number(description, subset, VOID + "triples"), (a, b) -> a, TreeMap::new));
    }

    private static long defaultGraphTriples(Graph description, String dataset) {
        return number(description, only(description, iri(dataset), SD + "defaultGraph"), VOID + "triples");
    }

    /** Each sd:namedGraph of the dataset by sd:name, with the void:triples of its sd:graph. */
    private static Map<String, Long> namedGraphTriples(Graph description, String dataset) {
        return objects(description, iri(dataset), SD + "namedGraph").stream()
                .collect(Collectors.toMap(named -> only(description, named, SD + "name").getURI(),
                        named -> number(description, only(description, named, SD + "graph"), VOID + "triples"), (a, b) -> a, TreeMap::new));
    }

    private static long instancesOf(Graph description, Node dataset, String classIri) {
        List<Node> partitions = objects(description, dataset, VOID + "classPartition").stream()
                .filter(partition -> description.contains(partition, iri(VOID + "class"), iri(classIri))).toList();
        assertEquals(1, partitions.size());
        return number(description, partitions.get(0), VOID + "entities");
    }

    private static long number(Graph description, Node subject, String property) {
        return Long.parseLong(only(description, subject, property).getLiteralLexicalForm());
    }

    private static Node only(Graph description, Node subject, String property) {
        Set<Node> objects = objects(description, subject, property);
        assertEquals(1, objects.size(), subject + " " + property + ": " + objects);
        return objects.iterator().next();
    }

    private static Set<Node> objects(Graph description, Node subject, String property) {
        return description.find(subject, iri(property), Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph parse(String body, Lang lang) {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(parsed);
        return parsed;
    }
}
