package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.talkskg.Fixtures;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.TestClient;

/**
 * A server on a free port for the tests of one class, started before the first and stopped after
 * the last: {@code @RegisterExtension static final TestServer SERVER = TestServer.onTheShippedGraph();}.
 * Its pages are fetched over real HTTP and parsed as a browser would.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<KgServer> start;
    private KgServer server;
    private TestClient client;

    private TestServer(Supplier<KgServer> start) {
        this.start = start;
    }

    /** The shipped graph (ontology/ and data/) and saved queries (queries/), with the default bounds. */
    static TestServer onTheShippedGraph() {
        return on(Fixtures::shippedGraph);
    }

    /** Another graph, with the shipped saved queries and the default bounds. */
    static TestServer on(Supplier<LoadedGraph> graph) {
        return starting(() -> KgServer.start(graph.get(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 30)));
    }

    static TestServer starting(Supplier<KgServer> start) {
        return new TestServer(start);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = start.get();
        client = new TestClient(server.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    TestClient client() {
        return client;
    }

    /** A GET with this Accept header, or none if it is null. */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = client.request(path).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request);
    }

    /**
     * The HTML page at the path, asked for as a browser asks for a page, which must answer with the
     * status; parsed with its own URL as the base of its links.
     */
    Document page(int status, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow(), path);
        return Jsoup.parse(response.body(), response.uri().toString());
    }
}
