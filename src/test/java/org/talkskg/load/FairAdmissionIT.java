package org.talkskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.talkskg.ServerProcess;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

/**
 * 200 clients for 30 seconds against {@code serve} (the built jar, default settings): 160 ask the
 * saved queries and must get every answer right, 40 send queries that need seconds of processor
 * time (cross products, a backtracking regular expression, a sort of a join) and ask again at
 * once whatever they are told; each of theirs must be answered right or refused with 503 and
 * Retry-After. Beside them an outside client asks a new ASK every 100 ms, which must be answered.
 * Timings are printed for BENCHMARKS.md, not asserted.
 */
class FairAdmissionIT {

    private static final int CHEAP_CLIENTS = 160;
    private static final int HEAVY_CLIENTS = 40;
    private static final Duration DURATION = Duration.ofSeconds(30);
    /**
     * The heavy clients start first: the server learns which queries are long only by running
     * each once, at the cost of a cheap turn for {@code --long-query-after} of processor time.
     */
    private static final Duration HEAVY_HEAD_START = Duration.ofSeconds(5);
    private static final long PROBE_EVERY_MILLIS = 100;

    /** Each needs far more than the default 200 ms of processor time; only COUNT keeps their answers small. */
    private static final List<LoadDriver.Request> HEAVY = List.of(
            LoadDriver.Request.refusableCount("triple cross product",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) < STR(?i)) }"),
            LoadDriver.Request.refusableCount("label containment",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?x . ?c ?d ?y FILTER(CONTAINS(LCASE(STR(?x)), LCASE(STR(?y)))) }"),
            LoadDriver.Request.refusableCount("backtracking regex",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?x . ?c ?d ?y FILTER(REGEX(CONCAT(STR(?x), STR(?y)), \"(.*a){12}!b\")) }"),
            LoadDriver.Request.refusableCount("sorted join",
                    "SELECT (COUNT(*) AS ?n) { SELECT * { ?a ?b ?c . ?d ?e ?f FILTER(?a != ?d) } ORDER BY DESC(STR(?f)) ?c }"));

    @Test
    void cheapQueriesAreAnsweredBesideFortyHeavyClients() throws Exception {
        List<LoadDriver.Request> saved = LoadDriver.savedQueries(Path.of("queries"),
                GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))));
        try (ServerProcess server = ServerProcess.serve(List.of(), List.of())) {
            URI endpoint = server.baseUrl().resolve("kg/sparql");
            LoadDriver cheap = new LoadDriver(endpoint, saved);
            LoadDriver heavy = new LoadDriver(endpoint, HEAVY);
            assertEquals(List.of(), cheap.checkEach());

            CompletableFuture<LoadDriver.Result> heavyRun = runAside(heavy, HEAVY_CLIENTS, HEAVY_HEAD_START.plus(DURATION));
            Thread.sleep(HEAVY_HEAD_START.toMillis());
            CompletableFuture<LoadDriver.Result> cheapRun = runAside(cheap, CHEAP_CLIENTS, DURATION);
            Probes probes = probe(new LoadDriver(endpoint, List.of()));
            LoadDriver.Result cheapResult = cheapRun.get();
            LoadDriver.Result heavyResult = heavyRun.get();

            System.out.println("Fair admission, cheap: " + cheapResult.summary());
            System.out.println("Fair admission, heavy: " + heavyResult.summary());
            System.out.println("Fair admission, outside ASK: " + probes.summary());
            assertEquals(0, cheapResult.errorCount(), String.join("\n", cheapResult.errors()));
            assertEquals(0, heavyResult.errorCount(), String.join("\n", heavyResult.errors()));
            assertEquals(List.of(), probes.errors(), probes.summary());
            assertTrue(cheapResult.requests() >= CHEAP_CLIENTS, cheapResult.summary());
        }
    }

    private static CompletableFuture<LoadDriver.Result> runAside(LoadDriver driver, int clients, Duration sending) {
        CompletableFuture<LoadDriver.Result> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(driver.run(clients, sending));
            } catch (InterruptedException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "load-run");
        thread.start();
        return result;
    }

    /** What the outside client saw. */
    private record Probes(long[] latenciesMicros, List<String> errors) {
        String summary() {
            return String.format("%d ASKs, %d failed, p50 %.0f ms, p99 %.0f ms, max %.0f ms", latenciesMicros.length,
                    errors.size(), LoadDriver.percentile(latenciesMicros, 50) / 1000.0,
                    LoadDriver.percentile(latenciesMicros, 99) / 1000.0, LoadDriver.percentile(latenciesMicros, 100) / 1000.0)
                    + (errors.isEmpty() ? "" : ": " + errors.subList(0, Math.min(5, errors.size())));
        }
    }

    /**
     * An ASK every 100 ms for the length of the run, each with a constant of its own so that no
     * cache answers it, each sent on time whether or not the one before has been answered.
     */
    private static Probes probe(LoadDriver driver) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newCachedThreadPool();
        long end = System.nanoTime() + DURATION.toNanos();
        for (int n = 0; System.nanoTime() < end; n++) {
            LoadDriver.Request ask = new LoadDriver.Request("outside ASK " + n,
                    "ASK { ?s ?p \"outside probe " + n + "\" }", "application/sparql-results+json", 0, false);
            senders.execute(() -> {
                long sent = System.nanoTime();
                try {
                    String body = driver.answer(ask);
                    latencies.add((System.nanoTime() - sent) / 1000);
                    if (!body.replace(" ", "").contains("\"boolean\":false")) {
                        errors.add(ask.name() + ": " + body.strip());
                    }
                } catch (Exception e) {
                    errors.add(ask.name() + ": " + e.getMessage());
                }
            });
            Thread.sleep(PROBE_EVERY_MILLIS);
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Probes(sorted, List.copyOf(errors));
    }
}
