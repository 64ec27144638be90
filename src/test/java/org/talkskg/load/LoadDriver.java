package org.talkskg.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.talkskg.graph.LoadedGraph;

/**
 * A fixed number of clients, each a thread of its own, send the saved queries round-robin to a
 * SPARQL endpoint for a fixed time, one request after the other, and check every answer: status
 * 200 and as many rows (or triples) as the same query gives in-process. A request marked
 * refusable may instead get a 503 with Retry-After, which is counted by its message, not as an
 * error; such a client does not wait before it asks again. It measures; it asserts nothing about
 * timings.
 */
final class LoadDriver {

    /**
     * One query, how to ask for it, the size its answer must have, and whether a 503 with
     * Retry-After is an accepted answer to it.
     */
    record Request(String name, String query, String accept, long expectedSize, boolean refusable) {

        /** A query whose answer is one row ({@code SELECT (COUNT(*) AS ?n) ...}), that the server may refuse. */
        static Request refusableCount(String name, String query) {
            return new Request(name, query, "text/tab-separated-values", 1, true);
        }
    }

    /**
     * What a run did.
     *
     * @param sending         how long clients started new requests
     * @param elapsed         until the last answer came
     * @param latenciesMicros every request's time, sorted
     * @param errors          the first errors seen (at most {@value #KEPT_ERRORS}), for the assertion message
     * @param refusals        503s with Retry-After to refusable requests, by the first line of their message
     */
    record Result(int clients, Duration sending, Duration elapsed, long requests, long errorCount, List<String> errors,
            Map<String, Long> refusals, long[] latenciesMicros) {

        /** Answers per second, over the whole run. */
        double throughput() {
            return requests / (elapsed.toMillis() / 1000.0);
        }

        long percentileMicros(double percentile) {
            return percentile(latenciesMicros, percentile);
        }

        String summary() {
            return String.format("%d clients sending for %d s, last answer after %.1f s: %d requests, %d errors,"
                    + " %.1f requests/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                    clients, sending.toSeconds(), elapsed.toMillis() / 1000.0, requests, errorCount, throughput(),
                    percentileMicros(50) / 1000.0, percentileMicros(99) / 1000.0, percentileMicros(100) / 1000.0)
                    + (refusals.isEmpty() ? "" : "; refused with Retry-After: " + refusals);
        }
    }

    /** The value at this percentile (0–100) of sorted values, 0 if there are none. */
    static long percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static final int KEPT_ERRORS = 10;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final List<Request> requests;

    LoadDriver(URI endpoint, List<Request> requests) {
        this.endpoint = endpoint;
        this.requests = List.copyOf(requests);
    }

    /** Every {@code .rq} file of the folder as it is (parameters at their defaults), with its answer's size in-process. */
    static List<Request> savedQueries(Path folder, LoadedGraph graph) throws IOException {
        List<Request> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Query query = QueryFactory.create(text);
                String name = file.getFileName().toString();
                if (query.isSelectType()) {
                    long rows = QueryExec.dataset(graph.dataset()).query(query).select().materialize().stream().count();
                    requests.add(new Request(name, text, "text/tab-separated-values", rows, false));
                } else if (query.isConstructType()) {
                    long triples = QueryExec.dataset(graph.dataset()).query(query).construct().size();
                    requests.add(new Request(name, text, "application/n-triples", triples, false));
                }
            }
        }
        return requests;
    }

    /** Each request once, one after the other: warms the server up and shows a wrong answer early. */
    List<String> checkEach() throws InterruptedException {
        List<String> errors = new ArrayList<>();
        for (Request request : requests) {
            send(request, new ConcurrentHashMap<>()).ifPresent(errors::add);
        }
        return errors;
    }

    Result run(int clients, Duration sending) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + sending.toNanos();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errorCount = new AtomicLong();
        Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int client = 0; client < clients; client++) {
            int first = client;
            Thread thread = new Thread(() -> {
                LongList mine = new LongList();
                for (int n = first; System.nanoTime() < deadline; n++) {
                    long sent = System.nanoTime();
                    Optional<String> error = sendQuietly(requests.get(n % requests.size()), refusals);
                    mine.add((System.nanoTime() - sent) / 1000);
                    if (error.isPresent()) {
                        errorCount.incrementAndGet();
                        if (errors.size() < KEPT_ERRORS) {
                            errors.add(error.get());
                        }
                    }
                }
                latencies.add(mine.toArray());
                done.countDown();
            }, "load-client-" + client);
            thread.start();
        }
        done.await();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Long> refusalCounts = new TreeMap<>();
        refusals.forEach((message, count) -> refusalCounts.put(message, count.sum()));
        return new Result(clients, sending, elapsed, all.length, errorCount.get(), List.copyOf(errors), refusalCounts, all);
    }

    private Optional<String> sendQuietly(Request request, Map<String, LongAdder> refusals) {
        try {
            return send(request, refusals);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(request.name() + ": interrupted");
        }
    }

    /** The body of the answer to one request, which must be a 200. */
    String answer(Request request) throws IOException, InterruptedException {
        HttpResponse<String> response = post(request);
        if (response.statusCode() != 200) {
            throw new IOException(request.name() + ": " + response.statusCode() + " " + response.body().strip());
        }
        return response.body();
    }

    /** The problem with the answer to one request, if any; an accepted refusal is counted in {@code refusals}. */
    private Optional<String> send(Request request, Map<String, LongAdder> refusals) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = post(request);
        } catch (IOException e) {
            return Optional.of(request.name() + ": " + e);
        }
        if (request.refusable() && response.statusCode() == 503) {
            if (response.headers().firstValue("Retry-After").isEmpty()) {
                return Optional.of(request.name() + ": 503 without Retry-After: " + response.body().strip());
            }
            refusals.computeIfAbsent(response.body().lines().findFirst().orElse(""), message -> new LongAdder()).increment();
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            return Optional.of(request.name() + ": " + response.statusCode() + " " + response.body().strip());
        }
        long lines = response.body().lines().count();
        // A TSV result has a header line; N-Triples has one line per triple.
        long size = request.accept().equals("text/tab-separated-values") ? lines - 1 : lines;
        return size == request.expectedSize() ? Optional.empty()
                : Optional.of(request.name() + ": " + size + " rows or triples, expected " + request.expectedSize());
    }

    private HttpResponse<String> post(Request request) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", request.accept())
                .POST(BodyPublishers.ofString(request.query()))
                .build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Latencies of one client, without boxing. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
