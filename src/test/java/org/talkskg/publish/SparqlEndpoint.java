package org.talkskg.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.TimeUnit;

import org.talkskg.ServerProcess;

/** Waiting for a store started by a test: servers say they are ready in their own words, but all answer an ASK. */
public final class SparqlEndpoint {

    private static final long START_SECONDS = 60;

    private SparqlEndpoint() {}

    public static void awaitAnswer(URI sparql, ServerProcess process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparql + "?query=ASK%7B%7D")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ask, BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No answer at " + sparql + ":\n" + String.join("\n", process.output()));
    }
}
