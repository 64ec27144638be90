package org.talkskg.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Waits until a SPARQL endpoint answers a query, for start-up times and before a benchmark. */
final class FirstAnswer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private FirstAnswer() {}

    /** Asks {@code ASK {}} until the answer is a 200; returns how long that took from now. */
    static Duration await(URI sparql, Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + atMost.toNanos();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparql + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(ask, BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(sparql + " did not answer within " + atMost);
    }
}
