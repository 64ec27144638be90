package org.talkskg.web;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.talkskg.Fixtures;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.server.KgServer;
import org.talkskg.server.ServerSettings;
import org.talkskg.server.TestClient;

/**
 * A read-only server on a free port, started before the tests of a class and stopped after them:
 * {@code @RegisterExtension static final TestServer SERVER = new TestServer(Fixtures::shippedGraph);}
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<LoadedGraph> graph;
    private KgServer server;
    private TestClient client;

    TestServer(Supplier<LoadedGraph> graph) {
        this.graph = graph;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = KgServer.start(graph.get(), Fixtures.shippedQueries(), new ServerSettings(0, "127.0.0.1", 10));
        client = new TestClient(server.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    TestClient client() {
        return client;
    }
}
