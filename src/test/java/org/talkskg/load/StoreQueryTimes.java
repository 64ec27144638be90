package org.talkskg.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.talkskg.graph.LoadedGraph;
import org.talkskg.queries.QueryParameters;
import org.talkskg.queries.SavedQueries;
import org.talkskg.queries.SavedQuery;
import org.talkskg.store.KgStore;

/**
 * Times every saved query on a TDB2 store, in this process, with its parameters at their
 * defaults (so the per-article questions ask about the shipped article): one warm-up run, then
 * timed runs until a count or a time budget is reached, whichever comes first. Writes one line per
 * query: name, runs, p50 and p99 in ms, answer size (rows or triples). The answer is counted, not
 * written, so that the times are the store's and the engine's.
 * <p>
 * Arguments: STORE QUERIES OUTPUT.tsv [RUNS [BUDGET_SECONDS]].
 */
public final class StoreQueryTimes {

    private static final int WARM_UPS = 1;

    private StoreQueryTimes() {}

    public static void main(String[] args) throws IOException {
        Path storeFolder = Path.of(args[0]);
        SavedQueries queries = new SavedQueries(Path.of(args[1]));
        Path output = Path.of(args[2]);
        int maxRuns = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        double budgetSeconds = args.length > 4 ? Double.parseDouble(args[4]) : 20;
        long openStart = System.nanoTime();
        try (KgStore store = KgStore.openExisting(storeFolder);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            LoadedGraph graph = store.graph();
            System.err.printf(Locale.ROOT, "Opened %s: %d triples in %d graphs, %.1f s%n", storeFolder, graph.totalTriples(),
                    graph.triplesPerGraph().size(), (System.nanoTime() - openStart) / 1e9);
            out.println("# triples\t" + graph.totalTriples());
            out.println("query\truns\tp50_ms\tp99_ms\tanswer");
            for (SavedQuery saved : queries.list()) {
                Query query = QueryParameters.substitute(saved, Map.of());
                Timing timing = time(graph, query, maxRuns, budgetSeconds);
                out.printf(Locale.ROOT, "%s\t%d\t%.2f\t%.2f\t%d%n", saved.name(), timing.runs(), timing.p50(), timing.p99(), timing.answer());
                out.flush();
                System.err.printf(Locale.ROOT, "%-32s %3d runs  p50 %9.2f ms  p99 %9.2f ms  answer %d%n", saved.name(), timing.runs(),
                        timing.p50(), timing.p99(), timing.answer());
            }
        }
        // The store's files are memory-mapped: the resident set counts the pages of them the queries touched.
        System.err.printf(Locale.ROOT, "Peak RSS %d MiB%n", ProcessStats.peakRssKib(ProcessHandle.current().pid()) / 1024);
        Files.writeString(output.resolveSibling("query-rss-kib"), ProcessStats.peakRssKib(ProcessHandle.current().pid()) + "\n");
    }

    /** p50 and p99 in ms over the timed runs (p99 is the slowest run when there are fewer than 100), and the answer's size. */
    record Timing(int runs, double p50, double p99, long answer) {}

    private static Timing time(LoadedGraph graph, Query query, int maxRuns, double budgetSeconds) {
        long answer = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            answer = run(graph, query);
        }
        double[] millis = new double[maxRuns];
        int runs = 0;
        long budgetEnd = System.nanoTime() + (long) (budgetSeconds * 1e9);
        while (runs < maxRuns && (runs < 3 || System.nanoTime() < budgetEnd)) {
            long start = System.nanoTime();
            run(graph, query);
            millis[runs++] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = Arrays.copyOf(millis, runs);
        Arrays.sort(sorted);
        return new Timing(runs, percentile(sorted, 0.50), percentile(sorted, 0.99), answer);
    }

    /** Nearest rank. */
    static double percentile(double[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Runs the query to its last row or triple; returns how many there were (1 for ASK). */
    private static long run(LoadedGraph graph, Query query) {
        return Txn.calculateRead(graph.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(graph.dataset()).query(query).build()) {
                return switch (query.queryType()) {
                    case SELECT -> {
                        long rows = 0;
                        for (var rowSet = exec.select(); rowSet.hasNext(); rowSet.next()) {
                            rows++;
                        }
                        yield rows;
                    }
                    case ASK -> exec.ask() ? 1L : 0L;
                    case CONSTRUCT -> (long) exec.construct().size();
                    case DESCRIBE -> (long) exec.describe().size();
                    default -> throw new IllegalArgumentException("Not a query: " + query.queryType());
                };
            }
        });
    }
}
