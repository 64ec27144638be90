package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talkskg.Fixtures;
import org.talkskg.queries.SavedQueries;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * The saved questions, over the API and on their pages, run under the bounds of /kg/sparql: the
 * row bound, the time bound and admission; a question with a required parameter; a label column
 * beside an IRI column. On the tiny graph, with the questions of src/test/resources/api-queries.
 */
class QuestionBoundsTest {

    private static final int TIMEOUT_SECONDS = 2;

    @RegisterExtension
    static final TestServer SERVER = TestServer.starting(() -> KgServer.start(Fixtures.tinyGraph(),
            new SavedQueries(Fixtures.path("api-queries")),
            new ServerSettings(0, "127.0.0.1", TIMEOUT_SECONDS).withMaxWaitSeconds(1).withMaxResultRows(1)));

    @Test
    void aTableIsCutAtTheRowBoundAndSaysSo() throws Exception {
        HttpResponse<String> response = SERVER.client().get("api/people.csv");

        assertEquals(200, response.statusCode());
        assertEquals("person,personLabel\r\nhttps://example.org/tiny#alice,Alice\r\n", response.body());
        assertEquals(Optional.of("1"), response.headers().firstValue("X-SPARQL-MaxRows"));
    }

    @Test
    void aRequiredParameterMustBeGiven() throws Exception {
        HttpResponse<String> missing = SERVER.client().get("api/label-of.csv");
        HttpResponse<String> empty = SERVER.client().get("api/label-of.csv?thing=");
        HttpResponse<String> given = SERVER.client().get("api/label-of.csv?thing=Bob");

        String refusal = "Missing parameter 'thing': label-of needs it.\nlabel-of takes (?NAME=VALUE):\n"
                + "  thing - what to look up: an IRI or a label (required)\n";
        assertEquals(400, missing.statusCode());
        assertEquals(refusal, missing.body());
        assertEquals(refusal, empty.body());
        assertEquals("label\r\nBob\r\n", given.body());
    }

    @Test
    void aQuestionStillRunningAtTheTimeBoundIs503() throws Exception {
        HttpResponse<String> response = SERVER.client().get("api/endless");

        assertEquals(503, response.statusCode());
        assertEquals("Query timed out\n", response.body());
    }

    @Test
    void questionsWaitForTheirTurnAsQueriesDo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int running = 2 * Runtime.getRuntime().availableProcessors();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int question = 0; question < running + 2; question++) {
            answers.add(http.sendAsync(SERVER.client().request("api/endless").GET().build(), BodyHandlers.ofString()));
        }
        int refused = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(503, response.statusCode(), response.body());
            if (response.body().startsWith("Too busy")) {
                refused++;
                assertEquals(List.of("1"), response.headers().allValues("Retry-After"));
            }
        }
        assertTrue(refused >= 2, "at least the two beyond the running ones wait too long: " + refused);
    }

    @Test
    void aPageShowsAnIriByTheLabelTheQueryGivesAndSaysTheTableWasCut() throws Exception {
        Document page = SERVER.page(200, "questions/people");

        assertEquals(List.of("person"), page.select("table.answer th").eachText());
        Element alice = page.selectFirst("table.answer td > a");
        assertEquals(List.of("https://example.org/tiny#alice", "Alice"), List.of(alice.attr("href"), alice.text()));
        assertEquals(1, page.select("table.answer tbody tr").size());
        assertEquals("The answer was cut at the row bound of the server (1); there may be more.", page.selectFirst("p.cut").text());
    }

    @Test
    void aPageWithoutItsRequiredParameterAsksForIt() throws Exception {
        Document page = SERVER.page(200, "questions/label-of");

        assertEquals("Fill in thing to see the answer.", page.selectFirst("p.problem").text());
        assertTrue(page.selectFirst("input[name=thing]").hasAttr("required"), "the field is required");
        assertTrue(page.select("table.answer").isEmpty(), "no answer");
        assertEquals(List.of(List.of("Bob")), SERVER.page(200, "questions/label-of?thing=Bob").select("table.answer tbody tr").stream()
                .map(row -> row.select("td").eachText()).toList());
    }

    @Test
    void aPageWhoseQuestionRunsOutOfTimeIs503() throws Exception {
        assertEquals("Query timed out", SERVER.page(503, "questions/endless").selectFirst("p.problem").text());
    }
}
