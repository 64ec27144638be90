package org.talkskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inferred view of the shipped graph next to the graph as loaded, on questions a user asks. */
class InferenceTest {

    private static final String PREFIXES = """
            PREFIX tk:  <https://w3id.org/talks-kg/ontology#>
            PREFIX tkd: <https://w3id.org/talks-kg/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;
    /** Every actor, by the kind of actor it is. */
    private static final String ACTORS_BY_KIND = PREFIXES + """
            SELECT ?kind (COUNT(?actor) AS ?actors)
            WHERE {
              ?actor a tk:Actor .
              OPTIONAL { VALUES ?kind { tk:Person tk:Country tk:Organisation tk:ActorGroup } ?actor a ?kind }
            }
            GROUP BY ?kind ORDER BY ?kind
            """;
    /** Who takes part in the Istanbul talks, asked from the meeting's side (the inverse of tk:inMeeting). */
    private static final String ISTANBUL_PARTICIPANTS = PREFIXES + """
            SELECT ?who WHERE { tkd:istanbul-talks-2025 tk:hasParticipation/tk:participant ?who } ORDER BY ?who
            """;

    private static LoadedGraph asserted;
    private static DatasetGraph inferred;

    @BeforeAll
    static void load() {
        asserted = GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data")));
        inferred = Inference.view(asserted.dataset());
    }

    @Test
    void everyPersonStateOrganisationAndGroupIsAnActorInTheInferredViewOnly() {
        assertEquals(List.of(List.of("", "1")), rows(asserted.dataset(), ACTORS_BY_KIND));
        assertEquals(List.of(
                List.of("", "1"),
                List.of("tk:ActorGroup", "5"),
                List.of("tk:Country", "11"),
                List.of("tk:Organisation", "14"),
                List.of("tk:Person", "12")), rows(inferred, ACTORS_BY_KIND));
    }

    @Test
    void aPersonIsAlsoAFoafPersonThroughTheHierarchy() {
        String query = PREFIXES + "ASK { tkd:volodymyr-zelensky a foaf:Person }";
        assertFalse(ask(asserted.dataset(), query));
        assertTrue(ask(inferred, query));
    }

    @Test
    void inversesAnswerFromTheOtherSide() {
        assertEquals(List.of(), rows(asserted.dataset(), ISTANBUL_PARTICIPANTS));
        assertEquals(List.of(
                List.of("tkd:keith-kellogg"),
                List.of("tkd:russia"),
                List.of("tkd:russian-delegation"),
                List.of("tkd:steve-witkoff"),
                List.of("tkd:turkish-government"),
                List.of("tkd:turkiye"),
                List.of("tkd:ukraine"),
                List.of("tkd:ukrainian-delegation"),
                List.of("tkd:united-states")), rows(inferred, ISTANBUL_PARTICIPANTS));
    }

    @Test
    void theInferencesAreANamedGraphOfTheirOwnBesideTheFiles() {
        List<String> names = Txn.calculateRead(inferred, () -> {
            List<String> found = new ArrayList<>();
            inferred.listGraphNodes().forEachRemaining(node -> found.add(node.getURI()));
            return found;
        });
        List<String> expected = new ArrayList<>(asserted.triplesPerGraph().keySet());
        expected.add(Inference.GRAPH_IRI);
        assertEquals(expected.stream().sorted().toList(), names.stream().sorted().toList());
        long inferredTriples = rowsOf(inferred, "SELECT (COUNT(*) AS ?n) { GRAPH <" + Inference.GRAPH_IRI + "> { ?s ?p ?o } }");
        long all = rowsOf(inferred, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        long stated = rowsOf(asserted.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(inferredTriples > 0);
        assertEquals(stated + inferredTriples, all, "the inferred triples are all new");
    }

    private static long rowsOf(DatasetGraph dataset, String countQuery) {
        return Long.parseLong(rows(dataset, countQuery).get(0).get(0));
    }

    /** The rows, each value as a prefixed name or a lexical form ("" when unbound). */
    private static List<List<String>> rows(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rowSet = exec.select();
                List<Var> vars = rowSet.getResultVars();
                rowSet.forEachRemaining(binding -> rows.add(vars.stream().map(v -> show(binding.get(v))).toList()));
            }
            return rows;
        });
    }

    private static boolean ask(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                return exec.ask();
            }
        });
    }

    private static String show(Node node) {
        if (node == null) {
            return "";
        }
        return node.isURI() ? Namespaces.prefixes().shortForm(node.getURI()) : node.getLiteralLexicalForm();
    }
}
