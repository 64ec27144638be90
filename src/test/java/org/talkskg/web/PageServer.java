package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/**
 * A server on a free port with its pages, and real HTTP GETs to it; the HTML answers are parsed as a
 * browser would.
 */
final class PageServer {

    private final KgServer server;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private PageServer(KgServer server) {
        this.server = server;
        this.base = server.baseUrl();
    }

    /** Serves the graph of these folders, with the shipped saved queries. */
    static PageServer serving(Path ontology, Path data) {
        return new PageServer(KgServer.start(GraphLoader.load(new GraphFolders(ontology, data)), Fixtures.shippedQueries(),
                new ServerSettings(0, "127.0.0.1", 10)));
    }

    /** Serves the shipped graph, ontology/ and data/ of the checkout. */
    static PageServer servingShippedGraph() {
        return serving(Path.of("ontology"), Path.of("data"));
    }

    void stop() {
        server.stop();
    }

    /** A GET with this Accept header, or none if it is null. */
    HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page at a path, which must answer with this status in HTML. */
    Document page(String pathAndQuery, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery, "text/html");
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        return Jsoup.parse(response.body(), base.resolve(pathAndQuery).toString());
    }

    /** The text of each element a CSS selector finds, white space folded as a browser shows it. */
    static List<String> texts(Element root, String selector) {
        return root.select(selector).stream().map(Element::text).toList();
    }
}
