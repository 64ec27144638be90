package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.web.PageText.texts;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The article's page and the list of articles, over HTTP on the shipped graph. */
class ArticlePagesTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static Document article;

    @BeforeAll
    static void fetch() throws Exception {
        article = SERVER.page(200, "id/article");
    }

    @Test
    void theArticlePageShowsTheWholeTextSentenceBySentence() {
        assertEquals("CNN article on possible Zelensky-Putin talks in Turkey (May 2025)", article.selectFirst("h1").text());
        assertEquals(59, article.select("div.sentence").size());
        Element third = article.getElementById("offset_6_109");
        assertEquals("3 Ukrainian President Voldy Mil Zelensky may meet Russian President Vladimir Putin in Turkey on Thursday.",
                third.selectFirst("p.words").text());
    }

    @Test
    void everyCitedSpanIsAnAnchorThatLeadsToTheFactsCitingIt() {
        Element span = article.getElementById("offset_26_44");

        assertEquals("Voldy Mil Zelensky cited by Volodymyr Zelensky", span.text());
        assertEquals("/id/volodymyr-zelensky", span.selectFirst("a").attr("href"));
        assertEquals("offset_6_109", span.closest("div.sentence").id());
        assertEquals("Voldy Mil Zelensky", article.selectFirst("a.cited[href=#offset_26_44]").text());
        assertEquals("The whole sentence is cited by CNN, CNN article on possible Zelensky-Putin talks in Turkey (May 2025)",
                article.getElementById("offset_0_3").selectFirst("p.whole").text());
    }

    @Test
    void theSentencesThatCarryNoContentAreMarkedWithTheReason() {
        assertEquals(List.of("offset_4_5", "offset_805_826", "offset_3976_4026", "offset_5808_5817"),
                article.select("div.sentence.no-content").stream().map(Element::id).toList());
        assertEquals(List.of(
                "Carries no content: A dash left over from the dateline; it says nothing.",
                "Carries no content: A transition ('This is what we know.') that introduces the rest of the article; it states nothing itself.",
                "Carries no content: A section heading phrased as a question; the answer follows in the next sentences.",
                "Carries no content: A two-word fragment ('Not much.') with no recoverable referent, most likely a garbled section heading"
                        + " of the translation."),
                texts(article, "p.no-content-note"));
    }

    @Test
    void theEvidenceOnAnEntityPageLeadsToAnchorsOfTheArticlePage() throws Exception {
        Document zelensky = SERVER.page(200, "id/volodymyr-zelensky");
        List<String> anchors = zelensky.select("ul.evidence a[href^=/id/article#]").stream()
                .map(link -> link.attr("href").substring("/id/article#".length())).distinct().toList();

        assertTrue(anchors.containsAll(List.of("offset_1818_1947", "offset_1872_1914", "offset_6_109", "offset_26_44")), anchors.toString());
        anchors.forEach(anchor -> assertNotNull(article.getElementById(anchor), anchor));
    }

    @Test
    void theListOfArticlesLinksEachToItsPage() throws Exception {
        Document list = SERVER.page(200, "articles");

        assertEquals(List.of("CNN article on possible Zelensky-Putin talks in Turkey (May 2025) — published Wednesday 14 May 2025, day"
                + " precision — 59 sentences"), texts(list, "ul.articles li p.line"));
        assertEquals("/id/article", list.selectFirst("ul.articles a").attr("href"));
        assertEquals(List.of("CNN, May 2025; a machine translation of the English original. The text is kept unchanged in"
                + " data/source/article.txt."), texts(list, "ul.articles p.source"));
    }
}
