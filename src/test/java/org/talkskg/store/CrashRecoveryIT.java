package org.talkskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkskg.Fixtures;
import org.talkskg.ServerProcess;

/**
 * Nothing acknowledged is lost: a stream of authenticated updates goes to a real server process,
 * which is killed (SIGKILL) in the middle of it; restarted on the same store, the server has every
 * update it answered 2xx to, and none it was never sent.
 */
class CrashRecoveryIT {

    private static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString("curator:secret".getBytes(StandardCharsets.UTF_8));
    /** Updates acknowledged before the kill; enough that the kill falls in a busy stream. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 25;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedUpdateSurvivesAKill(@TempDir Path tmp) throws Exception {
        Path data = Fixtures.baseDataFolder(tmp);
        Files.writeString(tmp.resolve("passwords"), "curator: secret\n");
        List<String> options = List.of("--store", tmp.resolve("store").toString(),
                "--ontology", Path.of("ontology").toAbsolutePath().toString(), "--data", data.toString(),
                "--update", "--password-file", tmp.resolve("passwords").toString());

        Set<Integer> acknowledged = new ConcurrentSkipListSet<>();
        AtomicInteger sent = new AtomicInteger();
        ServerProcess first = ServerProcess.serve(List.of(), options);
        URI update = first.baseUrl().resolve("kg/update");
        Thread stream = new Thread(() -> {
            for (int n = 0; ; n++) {
                sent.set(n + 1);
                try {
                    if (insertNote(update, n).statusCode() / 100 == 2) {
                        acknowledged.add(n);
                    }
                } catch (IOException | InterruptedException e) {
                    return; // the server is gone
                }
            }
        }, "update-stream");
        stream.start();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && stream.isAlive()) {
            Thread.sleep(10);
        }
        first.kill();
        stream.join(Duration.ofSeconds(30).toMillis());

        try (ServerProcess second = ServerProcess.serve(List.of(), options)) {
            assertTrue(second.awaitLine("Store ").contains(": as it was left"), second.awaitLine("Store "));
            Set<Integer> present = notesIn(second.baseUrl());
            System.out.printf("Killed after %d updates sent, %d acknowledged; %d present after restart%n",
                    sent.get(), acknowledged.size(), present.size());

            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "acknowledged " + acknowledged);
            assertTrue(present.containsAll(acknowledged), "lost: " + missing(acknowledged, present));
            assertTrue(present.stream().allMatch(n -> n < sent.get()), "present " + present + ", sent " + sent);
            // The store opened cleanly: it takes the next update as before.
            assertEquals(204, insertNote(second.baseUrl().resolve("kg/update"), sent.get()).statusCode());
            assertTrue(notesIn(second.baseUrl()).contains(sent.get()));
        }
    }

    private HttpResponse<String> insertNote(URI update, int n) throws IOException, InterruptedException {
        String insert = "INSERT DATA { GRAPH <" + CURATED + "> { <https://w3id.org/talks-kg/id/note-" + n + ">"
                + " <http://www.w3.org/2000/01/rdf-schema#label> \"" + n + "\" } }";
        return http.send(HttpRequest.newBuilder(update)
                .header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(insert))
                .build(), BodyHandlers.ofString());
    }

    /** The numbers of the notes in the curated graph. */
    private Set<Integer> notesIn(URI server) throws IOException, InterruptedException {
        String query = "SELECT ?n { GRAPH <" + CURATED + "> { ?note <http://www.w3.org/2000/01/rdf-schema#label> ?n } }";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve("kg/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().skip(1).map(String::strip).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> missing(Set<Integer> acknowledged, Set<Integer> present) {
        Set<Integer> missing = new TreeSet<>(acknowledged);
        missing.removeAll(present);
        return missing;
    }
}
