package org.talkskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.ServerProcess;

/**
 * kill -9 of a real server process under a stream of updates from several writers, at a random
 * moment, three times: after each restart every acknowledged update is in the store, and the
 * change log lists exactly the updates the store holds. Prints the figures of each run.
 */
class KillDuringUpdatesIT {

    private static final long[] SEEDS = {11, 22, 33};
    private static final int WRITERS = 4;
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString("curator:secret".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAcknowledgedUpdateIsInTheStoreAndItsLog(@TempDir Path tmp) throws Exception {
        Path data = Fixtures.baseDataFolder(tmp);
        Files.writeString(tmp.resolve("passwords"), "curator: secret\n");
        for (long seed : SEEDS) {
            Path storeFolder = tmp.resolve("store-" + seed);
            List<String> options = List.of("--store", storeFolder.toString(),
                    "--ontology", Path.of("ontology").toAbsolutePath().toString(), "--data", data.toString(),
                    "--update", "--password-file", tmp.resolve("passwords").toString());
            run(seed, storeFolder, options);
        }
    }

    private void run(long seed, Path storeFolder, List<String> options) throws Exception {
        long killAfterMillis = 1000 + new Random(seed).nextInt(3000);
        UpdateWriters writers;
        try (ServerProcess first = ServerProcess.serve(List.of(), options)) {
            writers = new UpdateWriters(first.baseUrl().resolve("kg/update"), AUTHORIZATION);
            writers.start(WRITERS);
            Thread.sleep(killAfterMillis);
            first.kill();
            writers.join();
        }

        long restartStart = System.nanoTime();
        Set<String> present;
        try (ServerProcess second = ServerProcess.serve(List.of(), options)) {
            long restartMillis = (System.nanoTime() - restartStart) / 1_000_000;
            present = notesIn(second.baseUrl());
            StoreException held = assertThrows(StoreException.class, () -> KgStore.openExisting(storeFolder));
            assertTrue(held.getMessage().startsWith("Cannot open the store " + storeFolder + ": "), held.getMessage());
            System.out.printf("Seed %d: killed after %d ms; %d updates sent by %d writers, %d acknowledged, %d present"
                    + " after a restart of %d ms%n", seed, killAfterMillis, writers.sent().size(), WRITERS,
                    writers.acknowledged().size(), present.size(), restartMillis);
        }
        Set<String> logged;
        try (KgStore store = KgStore.openExisting(storeFolder)) {
            logged = notesIn(store.changeLog().changes());
        }

        assertTrue(writers.acknowledged().size() > 0, "nothing acknowledged before the kill");
        assertTrue(present.containsAll(writers.acknowledged()), "lost: " + missing(writers.acknowledged(), present));
        assertTrue(writers.sent().containsAll(present), "never sent: " + missing(present, writers.sent()));
        assertEquals(present, logged);
    }

    /** The notes added by the changes of the log, each change adding one. */
    private static Set<String> notesIn(List<Change> changes) {
        changes.forEach(change -> assertEquals(List.of(1, 0), List.of(change.added().size(), change.removed().size()), change.request()));
        return changes.stream().flatMap(change -> change.added().stream()).map(Quad::getObject)
                .map(object -> object.getLiteralLexicalForm()).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> notesIn(URI server) throws IOException, InterruptedException {
        String query = "SELECT ?n { GRAPH <" + UpdateWriters.CURATED + "> { ?note <" + UpdateWriters.LABEL + "> ?n } }";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve("kg/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().skip(1).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }
}
