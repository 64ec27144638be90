package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talkskg.web.PageText.links;
import static org.talkskg.web.PageText.texts;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talkskg.Fixtures;
import org.talkskg.queries.SavedQuery;
import org.talkskg.server.TestClient;

/** The home page of the shipped graph, section by section, as a reader sees it. */
class HomePageTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static TestClient client;
    private static Document home;

    @BeforeAll
    static void start() throws Exception {
        client = SERVER.client();
        home = SERVER.page(200, "");
    }

    @Test
    void saysWhereTheGraphComesFrom() {
        assertEquals("Home · talks-kg", home.title());
        assertEquals(List.of("CNN article on possible Zelensky-Putin talks in Turkey (May 2025), published by CNN on 14 May 2025"
                        + " (day precision). CNN, May 2025; a machine translation of the English original. The text is kept"
                        + " unchanged in data/source/article.txt."),
                texts(home, "#sources li"));
        assertEquals(List.of("CNN article on possible Zelensky-Putin talks in Turkey (May 2025) -> /id/article", "CNN -> /id/cnn"),
                links(home, "#sources li"));
    }

    @Test
    void countsTheTriplesAsTheEndpointDoes() throws Exception {
        String triples = client.select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").get(0).get(0);

        assertEquals(triples + " triples; things by main class:", home.select("#counts p").text());
    }

    @Test
    void countsTheThingsOfEachMainClass() {
        assertEquals(List.of("Event 64", "Actor 43", "Claim 41", "Participation 27", "Place 16", "Membership 12", "Agreement 7",
                        "Sanctions 2", "News article 1"),
                texts(home, "#counts tbody tr"));
        assertEquals("Participation -> /ontology#Participation", links(home, "#counts tbody tr").get(3));
    }

    @Test
    void listsTheMainActorsWithWhatTheyDo() {
        assertEquals(List.of(
                        "Volodymyr Zelensky Person in 3 meetings, 6 things said",
                        "Donald Trump Person in 2 meetings, 6 things said",
                        "Ukraine Country in 5 meetings, 2 things said",
                        "Vladimir Putin Person in 1 meeting, 4 things said",
                        "Russia Country in 3 meetings, 1 thing said",
                        "Ukraine's European allies Actor group 4 things said",
                        "United States Country in 3 meetings",
                        "Government of Türkiye Government in 1 meeting, 1 thing said",
                        "Keith Kellogg Person in 2 meetings",
                        "Konstantin Kosachev Person 2 things said",
                        "Kremlin Government body 2 things said",
                        "Marco Rubio Person in 2 meetings",
                        "Steve Witkoff Person in 2 meetings"),
                texts(home, "#actors li"));
        assertEquals("Volodymyr Zelensky -> /id/volodymyr-zelensky", links(home, "#actors li").get(0));
    }

    @Test
    void listsTheMeetingsInTheOrderOfTheirDatesWithKindAndStatus() {
        assertEquals(List.of(
                        "Russia-Ukraine negotiations of spring 2022 Talks, collapsed",
                        "Russia-Ukraine talks in Belarus (spring 2022) Talks, held",
                        "Russia-Ukraine talks in Türkiye (spring 2022) Talks, held",
                        "Trump-Zelensky conversation at Pope Francis' funeral (April 2025) Sidelines conversation, held",
                        "Direct Russia-Ukraine meetings in Türkiye on Thursday 15 May 2025, at all levels Meeting, planned",
                        "Proposed Zelensky-Putin meeting in Türkiye (15 May 2025) Leaders' meeting, proposed",
                        "Russia-Ukraine talks in Istanbul (15 May 2025) Talks, planned",
                        "Earlier US-mediated talks in Saudi Arabia Talks, held",
                        "Informal meeting of NATO foreign ministers in Türkiye (May 2025) Multilateral meeting, ongoing",
                        "Possible meeting of Zelensky with Russian officials other than Putin Meeting, hypothetical",
                        "Separate US meeting with the Ukrainians in Saudi Arabia Meeting, held"),
                texts(home, "#meetings li"));
        assertEquals("Russia-Ukraine talks in Istanbul (15 May 2025) -> /id/istanbul-talks-2025", links(home, "#meetings li").get(6));
    }

    @Test
    void listsTheAgreementsWithTheirStatus() {
        assertEquals(List.of(
                        "30-day ceasefire proposal Ceasefire, demanded",
                        "A Russia-Ukraine ceasefire (terms unspecified) Ceasefire, demanded",
                        "A new ceasefire during the talks (not ruled out by Putin) Ceasefire, not ruled out",
                        "Black Sea Grain Initiative Trade corridor agreement, withdrawn from",
                        "Moscow's draft peace terms of 2022 Peace settlement, proposed",
                        "Trump's elusive 'deals' Deal, mooted",
                        "Unconditional ceasefire (Zelensky's benchmark) Ceasefire, demanded"),
                texts(home, "#agreements li"));
    }

    @Test
    void listsTheSanctionsAsThreatenedNeverAsImposed() {
        assertEquals(List.of(
                        "More sanctions on Russia threatened by Trump and the European allies Threatened sanctions",
                        "New round of massive sanctions threatened by the European ultimatum Threatened sanctions"),
                texts(home, "#sanctions li"));
        assertEquals(List.of(
                        "More sanctions on Russia threatened by Trump and the European allies -> /id/sanctions-threatened-by-trump-and-europeans",
                        "New round of massive sanctions threatened by the European ultimatum -> /id/sanctions-threatened-in-european-ultimatum"),
                links(home, "#sanctions li"));
    }

    @Test
    void listsEverySavedQuestionWithItsPage() {
        List<SavedQuery> saved = Fixtures.shippedQueries().list();

        assertEquals(saved.stream().map(query -> query.title() + " -> /questions/" + query.name()).toList(),
                links(home, "#questions li"));
        assertEquals("Actors: who they are, what they belong to -> /questions/actors", links(home, "#questions li").get(0));
    }

    @Test
    void offersTheSearchAndTheWaysOn() {
        assertEquals("/search", home.select("form.search-box").attr("action"));
        assertEquals("get", home.select("form.search-box").attr("method"));
        assertEquals("q", home.select("form.search-box input[type=search]").attr("name"));
        assertEquals(List.of("Timeline -> /timeline", "Articles -> /articles", "Ontology -> /ontology", "SPARQL editor -> /sparql-ui/"),
                links(home, "nav.explore"));
    }

    @Test
    void isAtTheRootOnlyAndOnlyRead() throws Exception {
        assertEquals(200, client.get("").statusCode());
        assertEquals(404, client.get("home").statusCode());
        assertEquals(405, client.postForm("", "q=x").statusCode());
    }
}
