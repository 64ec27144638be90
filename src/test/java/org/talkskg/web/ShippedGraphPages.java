package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;

/** A server of the shipped graph and queries on a free loopback port, and its pages fetched over HTTP and parsed. */
final class ShippedGraphPages implements AutoCloseable {

    private final KgServer server = KgServer.start(GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))),
            Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = server.baseUrl().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page at the path, which must answer 200 with HTML. */
    Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        return Jsoup.parse(response.body(), server.baseUrl().toString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
