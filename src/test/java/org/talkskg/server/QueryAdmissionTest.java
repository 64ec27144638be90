package org.talkskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.talkskg.Fixtures;
import org.talkskg.admission.QueryLanes;

/**
 * Two cheap queries per core and one long query run at once; the others wait without holding a
 * thread, and past the longest wait get 503 with Retry-After. A query past a cheap query's share
 * of processor time needs the long turn, or is stopped.
 */
class QueryAdmissionTest {

    /** Counting a cross product of eight copies of the tiny graph's triples takes minutes: it runs until its time bound. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
            + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";

    @Test
    void queriesBeyondTheRunningOnesWaitAndArePastTheLongestWaitRefusedWithRetryAfter() throws Exception {
        // Each running query keeps its turn for its 3 s time bound (none is ever long enough to need
        // the long turn); a waiting one gives up after 1 s.
        ServerSettings settings = new ServerSettings(0, "127.0.0.1", 3).withMaxWaitSeconds(1)
                .withLanes(new QueryLanes(1, Duration.ofMinutes(1)));
        KgServer server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), settings);
        try {
            TestClient client = new TestClient(server.baseUrl());
            HttpClient http = HttpClient.newHttpClient();
            int running = 2 * Runtime.getRuntime().availableProcessors() + 1;
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int query = 0; query < running + 2; query++) {
                // Distinct texts, so that no answer can come from another's.
                String text = endless(query);
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

    @Test
    void heavyQueriesBeyondTheLongTurnAreStoppedAndCheapOnesAreAnsweredBesideThem() throws Exception {
        KgServer server = KgServer.start(Fixtures.tinyGraph(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 3));
        try {
            TestClient client = new TestClient(server.baseUrl());
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int query = 0; query < 3; query++) {
                answers.add(http.sendAsync(client.request("kg/sparql?query=" + encode(endless(query))).GET().build(), BodyHandlers.ofString()));
            }
            // Two of the three use up a cheap query's share, find the long turn taken, and are stopped well before their time bound.
            List<Integer> stopped = awaitAllButOne(answers);
            for (int query : stopped) {
                HttpResponse<String> response = answers.get(query).get();
                assertEquals(503, response.statusCode(), response.body());
                assertEquals("Too busy: this query needs more than 200 ms of processor time, and the one query allowed that much"
                        + " at once is running; try again later", response.body().strip());
                assertEquals(List.of("3"), response.headers().allValues("Retry-After"));
            }
            // While the third runs on, a cheap query is answered, and a query now known to be long is refused before it starts.
            assertEquals(200, client.get("kg/sparql?query=" + encode("ASK { ?s ?p ?o }")).statusCode());
            HttpResponse<String> again = client.get("kg/sparql?query=" + encode(endless(stopped.get(0))));
            assertEquals(503, again.statusCode(), again.body());
            assertEquals("Too busy: this query is known to need more than 200 ms of processor time, and the one query allowed"
                    + " that much at once is running; try again later", again.body().strip());

            int longOne = 3 - stopped.get(0) - stopped.get(1);
            assertEquals("Query timed out", answers.get(longOne).get().body().strip(), "the long one ran to its time bound");
            HttpResponse<String> withTheTurnFree = client.get("kg/sparql?query=" + encode(endless(stopped.get(0))));
            assertEquals("Query timed out", withTheTurnFree.body().strip(), "once the long turn is free, a long query gets it");
        } finally {
            server.stop();
        }
    }

    /** The indexes of the answers that came while one is still awaited. */
    private static List<Integer> awaitAllButOne(List<CompletableFuture<HttpResponse<String>>> answers) throws InterruptedException {
        while (true) {
            List<Integer> done = new ArrayList<>();
            for (int index = 0; index < answers.size(); index++) {
                if (answers.get(index).isDone()) {
                    done.add(index);
                }
            }
            if (done.size() >= answers.size() - 1) {
                return done;
            }
            Thread.sleep(20);
        }
    }

    private static String endless(int number) {
        return ENDLESS.replace("AS ?n)", "AS ?count" + number + ")");
    }
}
