package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.talkskg.ServerProcess;

/**
 * Queries that would fill the heap, against {@code serve} with a 256 MiB heap: each string they
 * build is within {@code --max-string-length}, but together they are gigabytes. The server stops
 * each with 503 and Retry-After, never a 500 {@code Java heap space}, and answers the next query.
 */
class MemoryBoundsIT {

    /** 4096 copies of every short literal, about 200 KB a row, built by three CONCATs of sixteen. */
    private static final String x4096 = " ?s ?p ?o FILTER(isLiteral(?o) && STRLEN(STR(?o)) < 200)"
            + " BIND(CONCAT(" + sixteen("STR(?o)") + ") AS ?x16)"
            + " BIND(CONCAT(" + sixteen("?x16") + ") AS ?x256)"
            + " BIND(CONCAT(" + sixteen("?x256") + ") AS ?x4096)";

    private static final List<String> HEAP_FILLERS = List.of(
            "CONSTRUCT { ?s <urn:example:copies> ?x4096 } WHERE {" + x4096 + " }",
            // One group per literal, so that each string is within the bound: GROUP_CONCAT over all of them would be refused (422).
            "SELECT ?s (GROUP_CONCAT(?x4096) AS ?all) WHERE {" + x4096 + " } GROUP BY ?s ?p ?o",
            "SELECT DISTINCT ?x4096 WHERE {" + x4096 + " } ORDER BY ?x4096");

    @Test
    void aQueryThatWouldFillTheHeapIsStoppedWith503AndTheServerGoesOn() throws Exception {
        try (ServerProcess server = ServerProcess.serve(List.of("-Xmx256m"), List.of("--no-cache"))) {
            TestClient client = new TestClient(server.baseUrl());
            for (String query : HEAP_FILLERS) {
                HttpResponse<String> response = client.postForm("kg/sparql", "query=" + TestClient.encode(query));

                assertEquals(503, response.statusCode(), query + "\n" + response.body());
                assertTrue(response.body().startsWith("Query stopped: the server"), response.body());
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
                assertEquals(200, client.get("kg/sparql?query=" + TestClient.encode("ASK { ?s ?p ?o }")).statusCode(),
                        "the next query is answered");
            }
            assertTrue(server.output().stream().noneMatch(line -> line.contains("OutOfMemoryError") || line.contains("Java heap space")),
                    String.join("\n", server.output()));
        }
    }

    private static String sixteen(String term) {
        return String.join(",", Collections.nCopies(16, term));
    }
}
