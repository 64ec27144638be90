package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talkskg.Fixtures;
import org.talkskg.queries.SavedQuery;

/** The pages of the saved questions on the shipped graph: the list, a question asked with a parameter, and the refusals. */
class QuestionPagesTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    @Test
    void theListLinksEverySavedQuestionByItsTitle() throws Exception {
        Document page = SERVER.page(200, "questions");

        List<SavedQuery> saved = Fixtures.shippedQueries().list();
        Elements links = page.select("dl.question-list dt > a");
        assertEquals(saved.stream().map(question -> "/questions/" + question.name()).toList(), links.eachAttr("href"));
        assertEquals(saved.stream().map(SavedQuery::title).toList(), links.eachText());
        assertEquals(saved.stream().map(question -> question.header().question()).toList(), page.select("dl.question-list dd").eachText());
        assertEquals("Saved questions · talks-kg", page.title());
    }

    @Test
    void aQuestionAskedWithAParameterShowsItsFormAndItsAnswer() throws Exception {
        Document page = SERVER.page(200, "questions/participants-of?meeting=" + encode("tkd:talks-2022-turkiye"));

        SavedQuery saved = Fixtures.shippedQueries().get("participants-of");
        assertEquals(saved.title(), page.selectFirst("h1").text());
        assertEquals(saved.header().question(), page.selectFirst("p.question-text").text());
        Element form = page.selectFirst("form.parameters");
        assertEquals(List.of("get", "/questions/participants-of"), List.of(form.attr("method"), form.attr("action")));
        Element meeting = form.selectFirst("input[name=meeting]");
        assertEquals(List.of("tkd:talks-2022-turkiye", "tkd:istanbul-talks-2025"), List.of(meeting.val(), meeting.attr("placeholder")));
        assertEquals("meeting", form.selectFirst("label[for=" + meeting.id() + "]").text());

        assertEquals(List.of("talks", "talksStatus", "participant", "role", "status", "source"), page.select("table.answer th").eachText());
        assertEquals(List.of(
                List.of("Russia-Ukraine talks in Türkiye (spring 2022)", "held", "Russia", "negotiating party", "attended", ""),
                List.of("Russia-Ukraine talks in Türkiye (spring 2022)", "held", "Ukraine", "negotiating party", "attended", "")),
                rows(page));
        assertEquals("2 rows", page.selectFirst("p.count").text());

        Elements downloads = page.select("p.downloads a");
        assertEquals(List.of("JSON", "CSV", "TSV", "XML"), downloads.eachText());
        assertEquals(List.of("json", "csv", "tsv", "xml").stream()
                .map(extension -> "/api/participants-of." + extension + "?meeting=tkd%3Atalks-2022-turkiye").toList(),
                downloads.eachAttr("href"));
        HttpResponse<String> csv = SERVER.client().get(downloads.get(1).attr("href").substring(1));
        assertEquals(3, csv.body().lines().count(), csv.body());
    }

    @Test
    void theDefaultIsAskedWhenTheFieldIsEmpty() throws Exception {
        Document page = SERVER.page(200, "questions/participants-of");

        assertEquals("", page.selectFirst("input[name=meeting]").val());
        assertEquals(14, rows(page).size());
        assertEquals("Russia-Ukraine talks in Istanbul (15 May 2025)", rows(page).get(0).get(0));
        assertEquals(List.of("/api/participants-of.json", "/api/participants-of.csv", "/api/participants-of.tsv", "/api/participants-of.xml"),
                page.select("p.downloads a").eachAttr("href"));
    }

    @Test
    void aGraphIsATableOfTriplesWhoseIrisLinkToTheirPagesByLabel() throws Exception {
        Document page = SERVER.page(200, "questions/planned-talks-graph");

        assertEquals(List.of("subject", "predicate", "object"), page.select("table.answer th").eachText());
        assertEquals(774, page.select("table.answer tbody tr").size());
        Elements talks = page.select("table.answer td > a[href=/id/istanbul-talks-2025]");
        assertTrue(!talks.isEmpty(), "a link to the Istanbul talks");
        assertEquals(List.of("Russia-Ukraine talks in Istanbul (15 May 2025)"), talks.eachText().stream().distinct().toList());
        Element typeLink = page.selectFirst("table.answer td > a[href=http://www.w3.org/1999/02/22-rdf-syntax-ns#type]");
        assertEquals("rdf:type", typeLink.text());
        assertEquals(List.of("Turtle", "JSON-LD", "N-Triples", "RDF/XML"), page.select("p.downloads a").eachText());
        assertTrue(page.select("form.parameters").isEmpty(), "no form for a question without parameters");
    }

    @Test
    void anUnknownQuestionIs404WithTheList() throws Exception {
        Document page = SERVER.page(404, "questions/who-won");

        assertEquals("No saved question is named “who-won”. These are the ones there are:", page.selectFirst("p.problem").text());
        assertEquals(Fixtures.shippedQueries().list().size(), page.select("dl.question-list dt").size());
    }

    @Test
    void anUnknownParameterIs400WithTheFormAndNoAnswer() throws Exception {
        Document page = SERVER.page(400, "questions/participants-of?meting=" + encode("tkd:kyiv"));

        assertTrue(page.selectFirst("p.problem").text().startsWith("Unknown parameter 'meting' for participants-of. participants-of takes"),
                page.selectFirst("p.problem").text());
        assertEquals(1, page.select("form.parameters input[name=meeting]").size());
        assertTrue(page.select("table.answer").isEmpty(), "no answer");
    }

    @Test
    void aHostileValueComesBackInertInTheForm() throws Exception {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        Document page = SERVER.page(200, "questions/participants-of?meeting=" + encode(hostile));

        assertEquals(hostile, page.selectFirst("input[name=meeting]").val());
        assertTrue(page.select("script, img").isEmpty(), page.body().html());
        assertEquals(List.of(), rows(page));
    }

    private static List<List<String>> rows(Document page) {
        return page.select("table.answer tbody tr").stream().map(row -> row.select("td").stream().map(Element::text).toList()).toList();
    }
}
