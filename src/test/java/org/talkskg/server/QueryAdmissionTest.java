package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;

/** Two queries per core run at once; the others wait without holding a thread, and past the longest wait get 503 with Retry-After. */
class QueryAdmissionTest {

    /** Counting a cross product of eight copies of the tiny graph's triples takes minutes: it runs until its time bound. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
            + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";

    @Test
    void queriesBeyondTheRunningOnesWaitAndArePastTheLongestWaitRefusedWithRetryAfter() throws Exception {
        // Each running query keeps its turn for its 3 s time bound; a waiting one gives up after 1 s.
        KgServer server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 3).withMaxWaitSeconds(1));
        try {
            TestClient client = new TestClient(server.baseUrl());
            HttpClient http = HttpClient.newHttpClient();
            int running = 2 * Runtime.getRuntime().availableProcessors();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int query = 0; query < running + 2; query++) {
                // Distinct texts, so that no answer can come from another's.
                String text = ENDLESS.replace("AS ?n)", "AS ?count" + query + ")");
                answers.add(http.sendAsync(client.request("kg/sparql?query=" + encode(text)).GET().build(), BodyHandlers.ofString()));
            }
            // While every turn is taken, what is not a query is answered at once.
            assertEquals(200, client.get("kg/get?default").statusCode());
            assertEquals(200, client.get("$/ping").statusCode());

            List<HttpResponse<String>> refused = new ArrayList<>();
            List<HttpResponse<String>> timedOut = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(503, response.statusCode(), response.body());
                (response.body().startsWith("Too busy") ? refused : timedOut).add(response);
            }
            assertTrue(refused.size() >= 2, "at least the two beyond the running ones wait too long: " + refused.size());
            assertTrue(timedOut.size() >= 1, "the running ones run into their time bound");
            for (HttpResponse<String> response : refused) {
                assertEquals("Too busy: the query waited 1.0 s for its turn; try again later\n", response.body());
                assertEquals(List.of("1"), response.headers().allValues("Retry-After"));
            }
            assertEquals(200, client.get("kg/sparql?query=" + encode("ASK {}")).statusCode(), "a free turn again afterwards");
        } finally {
            server.stop();
        }
    }
}
