package org.talkskg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.talkskg.Fixtures;
import org.talkskg.graph.GraphFolders;
import org.talkskg.store.KgStore;

/**
 * A server taking updates on a new store of the ontology and the shapes' base data, for the
 * users alice (password wonderland) and bob (builder) of its password file.
 */
record UpdatingServer(KgStore store, KgServer server, TestClient client) {

    /** @param updaters the users who may update */
    static UpdatingServer start(Path folder, List<String> updaters, UpdateSettings updates) throws IOException {
        return start(folder, updaters, updates, new ServerSettings(0, "127.0.0.1", 10));
    }

    static UpdatingServer start(Path folder, List<String> updaters, UpdateSettings updates, ServerSettings settings)
            throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.copy(Fixtures.path("shacl/base.ttl"), data.resolve("base.ttl"));
        // Jetty keeps watching the password file after the server stops: keep it until the JVM ends, not just the test.
        Path passwords = Files.writeString(Files.createTempFile("passwords", ""), "alice: wonderland\nbob: builder\n");
        passwords.toFile().deleteOnExit();
        KgStore store = KgStore.open(folder.resolve("store"), new GraphFolders(Path.of("ontology"), data), false);
        KgServer server = KgServer.startWithUpdates(store, Fixtures.shippedQueries(), settings, UpdateAccess.of(passwords, updaters),
                updates);
        return new UpdatingServer(store, server, new TestClient(server.baseUrl()));
    }

    void stop() {
        server.stop();
        store.close();
    }
}
