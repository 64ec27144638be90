package org.talkskg.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.talkskg.Fixtures;
import org.talkskg.QueryAnswer;
import org.talkskg.ServerProcess;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

/**
 * talks-kg against the stock Fuseki server on the same files, query by query: both are started
 * with the same heap, every saved query must give the same answer on both (compared as RDF terms),
 * then each query is run by 1, 8 and 64 clients in interleaved rounds (A B, then B A, ...), so
 * that the machine's noise hits both sides alike. Prints the tables for BENCHMARKS.md and writes
 * them, with a chart, under the output folder. It measures; it asserts nothing.
 *
 * <p>Run by {@code bench/compare.sh}; arguments: {@code STOCK_JAR OUTPUT_FOLDER [--clients 1,8,64]
 * [--rounds 3] [--seconds 3] [--heap 1g] [--queries a,b] [--serve-option OPTION]...}.
 */
public final class Comparison {

    /** Ratios are formed from per-round pairs, so each side of a pair saw the same machine. */
    record Run(long requests, long errors, double throughput, long p50Micros, long p99Micros, double cpuMillisPerRequest) {}

    record Round(Run talksKg, Run stock) {}

    record Options(Path stockJar, Path output, List<Integer> clients, int rounds, Duration perRun, String heap,
            List<String> queries, List<String> serveOptions) {

        static Options parse(String[] args) {
            if (args.length < 2) {
                throw new IllegalArgumentException("Usage: Comparison STOCK_JAR OUTPUT_FOLDER [--clients 1,8,64] [--rounds 3]"
                        + " [--seconds 3] [--heap 1g] [--queries a,b] [--serve-option OPTION]...");
            }
            List<Integer> clients = List.of(1, 8, 64);
            int rounds = 3;
            Duration perRun = Duration.ofSeconds(3);
            String heap = "1g";
            List<String> queries = List.of();
            List<String> serveOptions = new ArrayList<>();
            for (int i = 2; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--clients" -> clients = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--seconds" -> perRun = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                    case "--heap" -> heap = value;
                    case "--queries" -> queries = List.of(value.split(","));
                    case "--serve-option" -> serveOptions.add(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Options(Path.of(args[0]), Path.of(args[1]), clients, rounds, perRun, heap, queries, serveOptions);
        }
    }

    private Comparison() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(options.output());
        GraphFolders folders = new GraphFolders(Path.of("ontology"), Path.of("data"));
        List<LoadDriver.Request> requests = LoadDriver.savedQueries(Path.of("queries"), GraphLoader.load(folders)).stream()
                .filter(request -> options.queries().isEmpty() || options.queries().contains(name(request)))
                .toList();
        List<String> jvm = List.of("-Xmx" + options.heap(), "-Xms" + options.heap());
        Path config = StockFuseki.writeConfig(folders, options.output().resolve("stock-config.ttl"));
        int stockPort = Fixtures.freePort();
        try (ServerProcess talksKg = ServerProcess.serve(jvm, options.serveOptions());
                ServerProcess stock = StockFuseki.start(options.stockJar(), config, stockPort, jvm)) {
            URI talksKgSparql = talksKg.baseUrl().resolve("kg/sparql");
            URI stockSparql = URI.create("http://127.0.0.1:" + stockPort + "/kg/sparql");
            FirstAnswer.await(stockSparql, Duration.ofSeconds(120));
            checkSameAnswers(requests, talksKgSparql, stockSparql);

            Map<String, Map<Integer, List<Round>>> results = new LinkedHashMap<>();
            for (LoadDriver.Request request : requests) {
                Map<Integer, List<Round>> byClients = new LinkedHashMap<>();
                for (int clients : options.clients()) {
                    List<Round> rounds = new ArrayList<>();
                    for (int round = 0; round < options.rounds(); round++) {
                        // Alternate which side goes first, so that neither always runs on a warmer or quieter machine.
                        boolean talksKgFirst = round % 2 == 0;
                        Run first = measure(talksKgFirst ? talksKg : stock, talksKgFirst ? talksKgSparql : stockSparql, request, clients, options.perRun());
                        Run second = measure(talksKgFirst ? stock : talksKg, talksKgFirst ? stockSparql : talksKgSparql, request, clients, options.perRun());
                        rounds.add(talksKgFirst ? new Round(first, second) : new Round(second, first));
                    }
                    byClients.put(clients, rounds);
                    System.err.printf("%s, %d clients: throughput ratio %s%n", name(request), clients,
                            ComparisonReport.ratioRange(rounds, ComparisonReport::throughputRatio));
                }
                results.put(name(request), byClients);
            }
            String markdown = ComparisonReport.markdown(results, options);
            Files.writeString(options.output().resolve("comparison.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(options.output().resolve("comparison.svg"), ComparisonReport.svg(results, options), StandardCharsets.UTF_8);
            System.out.println(markdown);
        }
    }

    /** Every query must answer the same on both servers, or the figures compare different work. */
    private static void checkSameAnswers(List<LoadDriver.Request> requests, URI talksKg, URI stock) throws Exception {
        LoadDriver talksKgDriver = new LoadDriver(talksKg, requests);
        LoadDriver stockDriver = new LoadDriver(stock, requests);
        for (LoadDriver.Request request : requests) {
            Query query = QueryFactory.create(request.query());
            QueryAnswer.of(query, stockDriver.answer(request))
                    .assertSame(QueryAnswer.of(query, talksKgDriver.answer(request)), name(request) + ": talks-kg against stock Fuseki");
        }
        System.err.println("Same answers on both servers for " + requests.size() + " saved queries.");
    }

    private static Run measure(ServerProcess server, URI endpoint, LoadDriver.Request request, int clients, Duration perRun)
            throws IOException, InterruptedException {
        LoadDriver driver = new LoadDriver(endpoint, List.of(request));
        driver.checkEach(); // a warm-up request, so that no run starts on a cold code path
        long cpuBefore = ProcessStats.cpuMillis(server.pid());
        LoadDriver.Result result = driver.run(clients, perRun);
        long cpu = ProcessStats.cpuMillis(server.pid()) - cpuBefore;
        return new Run(result.requests(), result.errorCount(), result.throughput(), result.percentileMicros(50),
                result.percentileMicros(99), result.requests() == 0 ? 0 : (double) cpu / result.requests());
    }

    static String name(LoadDriver.Request request) {
        return request.name().replaceFirst("\\.rq$", "");
    }
}
