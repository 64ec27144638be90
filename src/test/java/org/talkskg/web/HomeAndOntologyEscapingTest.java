package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.TestClient;

/**
 * The home and ontology pages of a graph whose labels, definitions and IRIs are markup and script
 * (src/test/resources/hostile): they come out as text, and a {@code javascript:} IRI is never a link.
 */
class HomeAndOntologyEscapingTest {

    @RegisterExtension
    static final TestServer SERVER = new TestServer(HomeAndOntologyEscapingTest::hostileGraph);

    private static TestClient client;

    @BeforeAll
    static void connect() {
        client = SERVER.client();
    }

    private static LoadedGraph hostileGraph() {
        return GraphLoader.load(new GraphFolders(Fixtures.path("hostile/ontology"), Fixtures.path("hostile/data")));
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "ontology"})
    void hostileTextsStayText(String path) throws Exception {
        Document page = HtmlPages.fetch(client, path);

        assertEquals(List.of(), page.select("main script, main img, main b, main [onerror], main [onmouseover]").stream()
                .map(Element::outerHtml).toList());
        // jte empties a javascript: URL in an href; the pages do not even make such an IRI a link.
        assertEquals(List.of(), page.select("a").stream().filter(link -> !link.attr("href").matches("(/|#|https?://).*"))
                .map(Element::outerHtml).toList());
        assertTrue(page.select("main").text().contains("<script>alert("), page.select("main").text());
    }
}
