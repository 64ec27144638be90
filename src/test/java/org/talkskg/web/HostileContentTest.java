package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.talkskg.Fixtures;

/**
 * Every kind of page, on a graph whose texts are markup and script ({@code <script>}, a quote that
 * closes an attribute and opens an {@code <img onerror>}) and whose links are {@code javascript:}
 * IRIs (hostile/data/hostile.ttl): each must show them as text, never run or follow them.
 */
class HostileContentTest {

    /** One path per kind of page, reached on the hostile graph. A new kind of page adds its path here. */
    static final List<String> PAGES = List.of(
            "",                                              // the home page
            "ontology",                                      // the ontology, its terms and code lists
            "id/hostile",                                    // an entity
            "id/hostile-participation",                      // a fact's own node
            "id/hostile-statement",
            "id/hostile-article",                            // a document and its text
            "articles",                                      // the list of documents
            "search?q=alert",                                // search results, their names and marked words
            "timeline",                                      // the time axis (SVG), its table, the undated events
            "participation",                                 // the laid-out picture (SVG) and its table
            "questions/evidence-for?entity=tkd:hostile&article=tkd:hostile-article", // a question's form and answer table
            "id/%3Cscript%3Ealert(1)%3C/script%3E",          // not found, the name in the search form
            "id/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E");

    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action", "formaction", "xlink:href");

    @RegisterExtension
    static final TestServer SERVER = TestServer.on(Fixtures::hostileGraph);

    @ParameterizedTest(name = "/{0}")
    @FieldSource("PAGES")
    void hostileTextAndLinksComeOutInert(String path) throws Exception {
        HttpResponse<String> response = SERVER.get(path, "text/html");
        Document page = Jsoup.parse(response.body());

        assertTrue(response.statusCode() == 200 || response.statusCode() == 404, response.statusCode() + " " + response.body());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(List.of(), page.select("script, img, iframe, object, embed").stream().map(Element::outerHtml).toList());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(!attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), element.outerHtml());
                if (LINK_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    String target = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
                    assertTrue(!target.startsWith("javascript:") && !target.startsWith("data:"), element.outerHtml());
                }
            }
        }
        // The hostile values did reach the page, as text.
        assertTrue(page.text().contains("alert(1)"), page.text());
    }
}
