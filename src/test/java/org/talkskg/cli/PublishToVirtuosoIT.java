package org.talkskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.publish.PublishedAnswers;
import org.talkskg.publish.Virtuoso;

/**
 * publish to OpenLink Virtuoso 7 (Debian's virtuoso-opensource, which .ci/run installs) through
 * its Digest-protected Graph Store endpoint: every saved query then answers there as in this
 * process, except where Virtuoso's SPARQL differs, each difference listed below; a wrong password
 * stops at the first graph and changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishToVirtuosoIT {

    private static final Path FOLDER = Path.of("target/publish-it/virtuoso");

    /** The lines each answer lacks and has in excess on Virtuoso, by saved query, in NAME.missing and NAME.extra. */
    private static final Path DIFFERENCES = Path.of("src/test/resources/expected/virtuoso");

    private static final String UNBOUND_CONCAT = "CONCAT of an unbound value gives the other parts, not an unbound result";

    /**
     * Found on the published graph: {@code ?class rdfs:subClassOf* tk:Agreement . ?deal a ?class ;
     * tk:agreementStatus ?st . ?st rdfs:label ?sl . OPTIONAL { ?deal tk:party ?p . ?p a ?pc }} gives 2
     * of the 10 rows; with rdfs:subClassOf for the path, without the label, or with a single triple
     * in the OPTIONAL, all 10. Sub-selects and groups around either part do not help.
     */
    private static final String ROWS_LEFT_OUT = "rows left out where a transitive path, a join to a label and an"
            + " OPTIONAL of two triples meet";

    /** Why Virtuoso answers otherwise, by saved query. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("named-graphs", "Virtuoso's own graphs are listed too"),
            Map.entry("uncited-sentences", "a boolean comes back as \"0\"^^xsd:boolean, not false"),
            Map.entry("causes-and-responses", "the same rows, but rows the ORDER BY ties come in another order"),
            Map.entry("proposals", UNBOUND_CONCAT),
            Map.entry("sequence", UNBOUND_CONCAT),
            Map.entry("statements-by-speaker", UNBOUND_CONCAT),
            Map.entry("who-said-what", UNBOUND_CONCAT),
            Map.entry("ultimatums-and-demands", UNBOUND_CONCAT),
            Map.entry("agreements", ROWS_LEFT_OUT),
            Map.entry("expected-participants", ROWS_LEFT_OUT),
            Map.entry("participants-of", ROWS_LEFT_OUT),
            Map.entry("who-attended-which-talks", ROWS_LEFT_OUT),
            Map.entry("planned-talks-graph", ROWS_LEFT_OUT));

    private static LoadedGraph graph;
    private static Virtuoso virtuoso;

    @BeforeAll
    static void start() throws Exception {
        // .ci/run installs Virtuoso, so CI always runs this; elsewhere it may be missing.
        assumeTrue(Virtuoso.installed() || System.getenv("CI") != null, "virtuoso-t is not installed: apt-get install virtuoso-opensource");
        graph = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        if (Files.exists(FOLDER)) {
            PathUtils.deleteDirectory(FOLDER);
        }
        virtuoso = Virtuoso.start(FOLDER.resolve("db"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    @Test
    @Order(1)
    void everySavedQueryAnswersOnThePublishedGraphAsInProcessOrAsListed() throws Exception {
        long start = System.nanoTime();
        CommandRun run = publish("dba");
        System.out.printf("publish to Virtuoso: %.2f s%n", (System.nanoTime() - start) / 1e9);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(graph.triplesPerGraph().size() + 1, run.err().lines().count(), run.err());
        PublishedAnswers.assertSame(graph, virtuoso.sparql(), KNOWN, DIFFERENCES);
    }

    @Test
    @Order(2)
    void aWrongPasswordStopsAtTheFirstGraphAndLeavesEveryGraphAsItWas() throws Exception {
        Map<String, Long> before = triplesPerGraph();

        CommandRun run = publish("wrong");

        assertEquals(1, run.exitCode());
        int total = graph.triplesPerGraph().size();
        assertEquals("Publishing " + graph.triplesPerGraph().keySet().iterator().next() + " to " + virtuoso.graphStore()
                + " failed: HTTP 401 Unauthorized; 0 of " + total + " graphs were sent before it, the other " + total
                + " were not sent and are as they were\n", run.err());
        assertEquals(before, triplesPerGraph());
        assertEquals(graph.triplesPerGraph(), before);
    }

    private static CommandRun publish(String password) throws Exception {
        Path passwordFile = Files.writeString(FOLDER.resolve("password-" + password), password + "\n", StandardCharsets.UTF_8);
        return CommandRun.of("publish", "--to", virtuoso.graphStore().toString(), "--user", "dba",
                "--password-file", passwordFile.toString(), "--ontology", "ontology", "--data", "data");
    }

    /** What Virtuoso holds of each of talks-kg's graphs now. */
    private static Map<String, Long> triplesPerGraph() {
        java.util.LinkedHashMap<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String iri : graph.triplesPerGraph().keySet()) {
            var rows = org.apache.jena.sparql.exec.http.QueryExecHTTP.service(virtuoso.sparql().toString())
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH <" + iri + "> { ?s ?p ?o } }").select();
            counts.put(iri, ((Number) rows.next().get("n").getLiteralValue()).longValue());
        }
        return counts;
    }
}
