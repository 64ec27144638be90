package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkskg.server.TestClient;

/** The search page and its JSON form over real HTTP, on the shipped graph, and text:query on the SPARQL endpoints. */
class SearchPageTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static final String TKD = "https://w3id.org/talks-kg/id/";
    private static final String WITKOV_IN_SPARQL = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "SELECT ?entity ?spelling { (?entity ?score ?spelling) text:query (skos:hiddenLabel \"witkov\") } ORDER BY ?spelling";

    @ParameterizedTest
    @ValueSource(strings = {"Witkov", "Witkof", "witkoff"})
    void everySpellingOfWitkoffFindsHimFirst(String spelling) throws Exception {
        assertEquals(TKD + "steve-witkoff", iris(spelling).get(0));
    }

    @Test
    void theFirstResultLinksToItsPageAndMarksTheArticlesSpelling() throws Exception {
        Document page = SERVER.page(200, "search?q=Witkov");
        Element first = page.selectFirst("ol.search-results > li");

        assertEquals("/id/steve-witkoff", first.selectFirst("a").attr("href"));
        assertEquals("Steve Witkoff", first.selectFirst("a").text());
        assertEquals("Person", first.selectFirst(".kind").text());
        assertEquals("the article's spelling: Witkov", first.selectFirst(".search-snippet").text());
        assertEquals("Witkov", first.selectFirst(".search-snippet mark").text());
        assertEquals("13 results for “Witkov”.", page.selectFirst(".search-count").text());
        assertEquals("Witkov", page.selectFirst(".search-page input[name=q]").val());
    }

    @Test
    void voldyFindsVolodymyrZelensky() throws Exception {
        JsonObject first = results("Voldy").get(0).getAsObject();

        assertEquals(TKD + "volodymyr-zelensky", first.getString("iri"));
        assertEquals("/id/volodymyr-zelensky", first.getString("page"));
        assertEquals("Volodymyr Zelensky", first.getString("label"));
        assertEquals("Person", first.getString("kind"));
        assertEquals("the article's spelling", first.getString("matchedIn"));
        assertEquals("Voldy Mil Zelensky", first.getString("snippet"));
        assertEquals(List.of("Voldy"), first.get("marked").getAsArray().stream().map(value -> value.getAsString().value()).toList());
    }

    @Test
    void warInstituteFindsTheInstituteForTheStudyOfWar() throws Exception {
        assertEquals(TKD + "institute-for-the-study-of-war", iris("War Institute").get(0));
    }

    @Test
    void sanctionsFindsBothThreatenedSanctionsAmongTheFirstThree() throws Exception {
        assertEquals(List.of(TKD + "sanctions-threatened-by-trump-and-europeans",
                TKD + "trump-and-europeans-threaten-more-sanctions",
                TKD + "sanctions-threatened-in-european-ultimatum"), iris("sanctions").subList(0, 3));
    }

    @Test
    void aWordOnlyTheEvidenceHasFindsTheEntitiesCitingIt() throws Exception {
        List<JsonValue> found = results("disgusting");

        assertEquals(List.of(TKD + "volodymyr-zelensky", TKD + "claim-putin-did-not-propose-one-on-one"), iris("disgusting"));
        assertEquals("evidence", found.get(0).getAsObject().getString("matchedIn"));
        assertEquals("his disgusting Ukrainian counterpart", found.get(0).getAsObject().getString("snippet"));
    }

    @Test
    void jsonComesByAcceptToo() throws Exception {
        HttpResponse<String> response = SERVER.get("search?q=Voldy", "application/json");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("application/json;charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("Accept"), response.headers().firstValue("Vary"));
        assertEquals("Voldy", JSON.parse(response.body()).getString("query"));
    }

    @Test
    void withoutASearchThePageIsTheFormOnly() throws Exception {
        for (String path : List.of("search", "search?q=+")) {
            Document page = SERVER.page(200, path);

            assertEquals("", page.selectFirst(".search-page input[name=q]").val());
            assertEquals(List.of(), page.select(".search-results, .search-count, .search-problem"));
        }
    }

    @Test
    void withoutASearchTheJsonFormIs400() throws Exception {
        HttpResponse<String> response = SERVER.client().get("search.json");

        assertEquals(400, response.statusCode());
        assertEquals("Say what to search for: /search.json?q=...\n", response.body());
    }

    @Test
    void aSearchWithNoWordToLookForIs400WithWhy() throws Exception {
        Document page = SERVER.page(400, "search?q=" + encode("the ?!"));

        assertEquals("There is no word to search for in 'the ?!': words such as 'the' or 'of', and punctuation, are not searched.",
                page.selectFirst(".search-problem").text());
        assertEquals("the ?!", page.selectFirst(".search-page input[name=q]").val());
    }

    @Test
    void aSearchTooLongIs400WithWhy() throws Exception {
        HttpResponse<String> response = SERVER.client().get("search.json?q=" + "a".repeat(SearchServlet.MAX_LENGTH + 1));

        assertEquals(400, response.statusCode());
        assertEquals("The search is 201 characters long; it may have at most 200.\n", response.body());
    }

    @Test
    void nothingFoundSaysSo() throws Exception {
        Document page = SERVER.page(200, "search?q=zzzzzzzz");

        assertEquals("Nothing found for “zzzzzzzz”.", page.selectFirst(".search-count").text());
        assertEquals(List.of(), page.select(".search-results li"));
    }

    @Test
    void aHostileSearchComesBackAsText() throws Exception {
        String hostile = "\"><script>alert(1)</script> Witkov";
        Document page = SERVER.page(200, "search?q=" + encode(hostile));

        assertEquals(List.of(), page.select("script"));
        assertEquals(hostile, page.selectFirst(".search-page input[name=q]").val());
        assertTrue(page.selectFirst(".search-count").text().endsWith(" for “" + hostile + "”."), page.selectFirst(".search-count").text());
    }

    @Test
    void luceneSyntaxInASearchIsOnlyWords() throws Exception {
        assertEquals(TKD + "steve-witkoff", iris("+Witkov* AND -\"( ~").get(0));
    }

    @Test
    void sparqlFindsTheArticlesSpellingsWithTextQuery() throws Exception {
        List<List<String>> rows = List.of(List.of(TKD + "steve-witkoff", "Steve Witkov"), List.of(TKD + "steve-witkoff", "Witkov"));

        assertEquals(rows, SERVER.client().select(WITKOV_IN_SPARQL));
        assertEquals(rows, TestClient.rows(SERVER.client().send(SERVER.client().request("kg-inferred/sparql?query=" + encode(WITKOV_IN_SPARQL))
                .header("Accept", TestClient.JSON_RESULTS)).body()));
    }

    private static List<String> iris(String search) throws Exception {
        return results(search).stream().map(result -> result.getAsObject().getString("iri")).toList();
    }

    private static List<JsonValue> results(String search) throws Exception {
        HttpResponse<String> response = SERVER.client().get("search.json?q=" + encode(search));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.parse(response.body()).get("results").getAsArray();
    }
}
