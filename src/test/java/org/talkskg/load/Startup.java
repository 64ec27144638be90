package org.talkskg.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.talkskg.Fixtures;
import org.talkskg.ServerProcess;
import org.talkskg.graph.GraphFolders;

/**
 * Start-up, as a user meets it: from starting the process to the first answered query, and the
 * peak resident memory by then, for talks-kg's {@code serve} and the stock Fuseki server on the
 * same files; and the whole run of a one-shot {@code talks-kg query}. Several runs each, A/B
 * interleaved. Prints a table for BENCHMARKS.md and writes it under the output folder.
 *
 * <p>Run by {@code bench/startup.sh}; arguments: {@code STOCK_JAR OUTPUT_FOLDER [RUNS] [JVM_OPTION]...},
 * the JVM options (such as the class-data archive) being those of talks-kg's runs.
 */
public final class Startup {

    private static final Duration AT_MOST = Duration.ofSeconds(120);

    private Startup() {}

    record Sample(long millis, long peakRssKib) {}

    public static void main(String[] args) throws Exception {
        Path stockJar = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> talksKgJvm = new ArrayList<>(List.of("-Xmx1g"));
        talksKgJvm.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
        Files.createDirectories(output);
        Path config = StockFuseki.writeConfig(new GraphFolders(Path.of("ontology"), Path.of("data")), output.resolve("stock-config.ttl"));
        Path jar = Path.of(System.getProperty(ServerProcess.JAR_PROPERTY, "target/talks-kg.jar"));

        List<Sample> serve = new ArrayList<>();
        List<Sample> stock = new ArrayList<>();
        List<Sample> query = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            serve.add(firstAnswer(talksKgServe(jar, talksKgJvm)));
            stock.add(firstAnswer(stockServe(stockJar, config)));
            query.add(oneShotQuery(jar, talksKgJvm));
        }
        String table = String.format(Locale.ROOT, """
                %d runs each, A/B interleaved; talks-kg JVM options: %s

                | what | median | range | peak RSS, median |
                |---|---|---|---|
                | talks-kg `serve`: start to first answer | %s |
                | stock Fuseki: start to first answer | %s |
                | talks-kg `query who-attended-which-talks --format csv`, whole run | %s |
                """, runs, String.join(" ", talksKgJvm), row(serve), row(stock), row(query));
        Files.writeString(output.resolve("startup.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    private static ServerProcess talksKgServe(Path jar, List<String> jvm) throws IOException {
        List<String> command = new ArrayList<>(ServerProcess.java(jvm));
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(PORT)));
        return ServerProcess.start(command, Path.of("."));
    }

    private static ServerProcess stockServe(Path stockJar, Path config) throws IOException {
        return StockFuseki.start(stockJar, config, PORT, List.of("-Xmx1g"));
    }

    private static final int PORT = Fixtures.freePort();

    /** Time from the process start (just before it) to the first 200, and the peak RSS then; the server is stopped after. */
    private static Sample firstAnswer(ServerProcess server) throws Exception {
        long started = System.nanoTime();
        try (server) {
            FirstAnswer.await(URI.create("http://127.0.0.1:" + PORT + "/kg/sparql"), AT_MOST);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Sample(millis, ProcessStats.peakRssKib(server.pid()));
        }
    }

    /** The whole run of a one-shot query, measured by GNU time (elapsed and maximum RSS). */
    private static Sample oneShotQuery(Path jar, List<String> jvm) throws IOException, InterruptedException {
        Path report = Files.createTempFile("talks-kg-time", ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%e %M"));
        command.addAll(ServerProcess.java(jvm));
        command.addAll(List.of("-jar", jar.toString(), "query", "who-attended-which-talks", "--format", "csv"));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("talks-kg query failed: " + command);
        }
        String[] fields = Files.readString(report).strip().split(" ");
        Files.delete(report);
        return new Sample(Math.round(Double.parseDouble(fields[0]) * 1000), Long.parseLong(fields[1]));
    }

    private static String row(List<Sample> samples) {
        long[] millis = samples.stream().mapToLong(Sample::millis).sorted().toArray();
        long[] rss = samples.stream().mapToLong(Sample::peakRssKib).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f s | %.2f–%.2f s | %d MiB", millis[millis.length / 2] / 1000.0,
                millis[0] / 1000.0, millis[millis.length - 1] / 1000.0, rss[rss.length / 2] / 1024);
    }
}
