package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.talkskg.server.TestClient;

/** Pages fetched over HTTP and parsed, to assert what a reader sees on them. */
final class HtmlPages {

    private HtmlPages() {}

    /** The page at the path, which must answer 200 with HTML in UTF-8. */
    static Document fetch(TestClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        return Jsoup.parse(response.body(), client.request(path).build().uri().toString());
    }

    /** The text of each element, as a reader sees it (whitespace collapsed). */
    static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    /** Each link's text and target, as "text -> href". */
    static List<String> links(Elements elements) {
        return elements.select("a").stream().map(link -> link.text() + " -> " + link.attr("href")).toList();
    }
}
