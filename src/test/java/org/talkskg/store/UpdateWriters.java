package org.talkskg.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * A load driver: several writer threads, each sending one small authenticated update after the
 * other (a note {@code w<thread>-<n>} into the curated graph), and counting the ones the server
 * acknowledged with 2xx. A writer stops when the server is gone, after {@value #MAX_UPDATES_PER_WRITER}
 * updates, or after {@link #MAX_TIME}, whichever comes first.
 */
final class UpdateWriters {

    static final String CURATED = "https://w3id.org/talks-kg/graph/data/curated";
    static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final int MAX_UPDATES_PER_WRITER = 10_000;
    private static final Duration MAX_TIME = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI update;
    private final String authorization;
    private final Set<String> sent = new ConcurrentSkipListSet<>();
    private final Set<String> acknowledged = new ConcurrentSkipListSet<>();
    private final List<Thread> writers = new ArrayList<>();

    UpdateWriters(URI update, String authorization) {
        this.update = update;
        this.authorization = authorization;
    }

    void start(int count) {
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        for (int w = 0; w < count; w++) {
            String prefix = "w" + w + "-";
            Thread writer = new Thread(() -> {
                for (int n = 0; n < MAX_UPDATES_PER_WRITER && System.nanoTime() < deadline; n++) {
                    if (!send(prefix + n)) {
                        return;
                    }
                }
            }, "writer-" + w);
            writers.add(writer);
            writer.start();
        }
    }

    void join() throws InterruptedException {
        for (Thread writer : writers) {
            writer.join(MAX_TIME.plusSeconds(30).toMillis());
        }
    }

    /** The notes sent, whatever became of them. */
    Set<String> sent() {
        return sent;
    }

    /** The notes the server answered 2xx to. */
    Set<String> acknowledged() {
        return acknowledged;
    }

    /** Sends one note; false once the server is gone. */
    private boolean send(String note) {
        sent.add(note);
        String insert = "INSERT DATA { GRAPH <" + CURATED + "> { <https://w3id.org/talks-kg/id/note-" + note + "> <" + LABEL
                + "> \"" + note + "\" } }";
        try {
            int status = http.send(HttpRequest.newBuilder(update)
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/sparql-update")
                    .POST(BodyPublishers.ofString(insert))
                    .build(), BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                acknowledged.add(note);
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
