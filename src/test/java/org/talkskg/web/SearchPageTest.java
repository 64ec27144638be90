package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.server.TestClient.encode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.TestClient;

/** The search page and its JSON form over real HTTP, on the shipped graph, and text:query on /kg/sparql. */
class SearchPageTest {

    private static final String TKD = "https://w3id.org/talks-kg/id/";

    private static KgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = KgServer.start(GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))),
                Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
        client = new TestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Witkov", "Witkof", "witkoff"})
    void everySpellingOfWitkoffFindsHimFirst(String spelling) throws Exception {
        assertEquals(TKD + "steve-witkoff", iris(spelling).get(0));
    }

    @Test
    void theArticlesSpellingWitkovIsMarkedInTheFirstResult() throws Exception {
        HttpResponse<String> response = client.get("search?q=Witkov");

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("text/html;charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertEquals("""
                <li>
                          <a class="search-result" href="/id/steve-witkoff">Steve Witkoff</a>
                          <span class="search-kind">Person</span>
                          <p class="search-snippet"><span class="search-field">the article's spelling:</span> <mark>Witkov</mark></p>
                        </li>""", firstResult(response.body()));
        assertTrue(response.body().contains("<p class=\"search-count\">13 results for “Witkov”.</p>"), response.body());
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
        assertEquals("[ \"Voldy\" ]", first.get("marked").toString());
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
        HttpResponse<String> response = client.send(client.request("search?q=Voldy").header("Accept", "application/json"));

        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("application/json;charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("Accept"), response.headers().firstValue("Vary"));
        assertEquals("Voldy", JSON.parse(response.body()).getString("query"));
    }

    @Test
    void withoutASearchThePageIsTheFormOnly() throws Exception {
        HttpResponse<String> response = client.get("search");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<input type=\"search\" name=\"q\" value=\"\""), response.body());
        assertFalse(response.body().contains("search-results"), response.body());
        assertEquals(200, client.get("search?q=+").statusCode());
    }

    @Test
    void withoutASearchTheJsonFormIs400() throws Exception {
        HttpResponse<String> response = client.get("search.json");

        assertEquals(400, response.statusCode());
        assertEquals("{ \"error\" : \"Say what to search for: /search.json?q=...\" }", response.body().strip());
    }

    @Test
    void aSearchWithNoWordToLookForIs400WithWhy() throws Exception {
        HttpResponse<String> response = client.get("search?q=" + encode("the ?!"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<p class=\"search-problem\">There is no word to search for in 'the ?!':"
                + " words such as 'the' or 'of', and punctuation, are not searched.</p>"), response.body());
    }

    @Test
    void aSearchTooLongIs400WithWhy() throws Exception {
        HttpResponse<String> response = client.get("search.json?q=" + "a".repeat(SearchServlet.MAX_LENGTH + 1));

        assertEquals(400, response.statusCode());
        assertEquals("{ \"error\" : \"The search is 201 characters long; it may have at most 200.\" }", response.body().strip());
    }

    @Test
    void nothingFoundSaysSo() throws Exception {
        HttpResponse<String> response = client.get("search?q=zzzzzzzz");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<p class=\"search-count\">Nothing found for “zzzzzzzz”.</p>"), response.body());
    }

    @Test
    void aHostileSearchComesBackInert() throws Exception {
        String hostile = "\"><script>alert(1)</script> Witkov";
        String body = client.get("search?q=" + encode(hostile)).body();

        assertFalse(body.contains("<script>"), body);
        assertTrue(body.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script> Witkov\""), body);
        assertTrue(body.contains("results for “\"&gt;&lt;script&gt;alert(1)&lt;/script&gt; Witkov”"), body);
    }

    @Test
    void luceneSyntaxInASearchIsOnlyWords() throws Exception {
        assertEquals(TKD + "steve-witkoff", iris("+Witkov* AND -\"( ~").get(0));
    }

    @Test
    void sparqlFindsTheArticlesSpellingsWithTextQuery() throws Exception {
        List<List<String>> rows = client.select("PREFIX text: <http://jena.apache.org/text#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?entity ?spelling { (?entity ?score ?spelling) text:query (skos:hiddenLabel \"witkov\") } ORDER BY ?spelling");

        assertEquals(List.of(List.of(TKD + "steve-witkoff", "Steve Witkov"), List.of(TKD + "steve-witkoff", "Witkov")), rows);
    }

    private static List<String> iris(String search) throws Exception {
        return results(search).stream().map(result -> result.getAsObject().getString("iri")).toList();
    }

    private static List<JsonValue> results(String search) throws Exception {
        HttpResponse<String> response = client.get("search.json?q=" + encode(search));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.parse(response.body()).get("results").getAsArray();
    }

    /** The first {@code <li>...</li>} of the results list. */
    private static String firstResult(String html) {
        int list = html.indexOf("<ol class=\"search-results\">");
        int start = html.indexOf("<li>", list);
        return html.substring(start, html.indexOf("</li>", start) + "</li>".length());
    }
}
