package org.talkskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;

/** Runs queries in-process on the tiny graph. */
class QueryRunnerTest {

    private static final String PREFIXES = "PREFIX tiny: <https://example.org/tiny#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final QueryTarget TINY = QueryTarget.inProcess(Fixtures.tinyGraph());

    @Test
    void selectDefaultsToJenasTextTableWithIrisShortenedByTheQueryPrefixes() {
        String table = run(PREFIXES + "SELECT ?person ?name { ?person a tiny:Person ; rdfs:label ?name } ORDER BY ?name", null);

        assertEquals(String.join("\n",
                "------------------------",
                "| person     | name    |",
                "========================",
                "| tiny:alice | \"Alice\" |",
                "| tiny:bob   | \"Bob\"   |",
                "------------------------",
                ""), table);
    }

    @Test
    void selectAsTsv() {
        String tsv = run(PREFIXES + "SELECT ?name { ?person a tiny:Person ; rdfs:label ?name } ORDER BY ?name", OutputFormat.TSV);

        assertEquals("?name\n\"Alice\"\n\"Bob\"\n", tsv);
    }

    @Test
    void askAsTableAndAsJson() {
        String ask = PREFIXES + "ASK { tiny:alice a tiny:Person }";

        assertEquals("yes\n", run(ask, null));
        assertEquals("{ \n  \"head\" : { } ,\n  \"boolean\" : true\n}\n", run(ask, OutputFormat.JSON));
    }

    @Test
    void constructDefaultsToTurtle() {
        String turtle = run(PREFIXES + "CONSTRUCT { ?p rdfs:label ?name } { ?p a tiny:Person ; rdfs:label ?name }", null);

        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        assertEquals(2, graph.size());
        assertTrue(turtle.startsWith("PREFIX rdfs:"), turtle);
    }

    @Test
    void constructAsNTriples() {
        String ntriples = run(PREFIXES + "CONSTRUCT { tiny:alice rdfs:label ?name } { tiny:alice rdfs:label ?name }",
                OutputFormat.NTRIPLES);

        assertEquals("<https://example.org/tiny#alice> <http://www.w3.org/2000/01/rdf-schema#label> \"Alice\" .\n", ntriples);
    }

    @Test
    void aFormatForTheOtherKindOfQueryIsRefused() {
        Query select = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Query construct = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");

        QueryFailedException forSelect = assertThrows(QueryFailedException.class,
                () -> QueryRunner.run(select, TINY, OutputFormat.TURTLE, new ByteArrayOutputStream()));
        QueryFailedException forConstruct = assertThrows(QueryFailedException.class,
                () -> QueryRunner.run(construct, TINY, OutputFormat.CSV, new ByteArrayOutputStream()));

        assertEquals("Format turtle does not apply to a SELECT query; use one of: table, csv, tsv, json, xml",
                forSelect.getMessage());
        assertEquals("Format csv does not apply to a CONSTRUCT query; use one of: turtle, jsonld, ntriples",
                forConstruct.getMessage());
    }

    @Test
    void anEndpointMustBeAnHttpUrl() {
        QueryFailedException error = assertThrows(QueryFailedException.class,
                () -> QueryTarget.endpoint(URI.create("file:///tmp/kg")));

        assertEquals("Not the http(s) URL of a SPARQL endpoint: file:///tmp/kg", error.getMessage());
    }

    private static String run(String query, OutputFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(QueryFactory.create(query), TINY, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
