package org.talkskg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and the chart of bench/scale.sh: per corpus size the loads side by side, the store,
 * and every saved query's p50 and p99, with the growth each query shows.
 * <p>
 * Arguments: SCALE_FOLDER OUTPUT.md OUTPUT.svg SIZE... (the sizes in articles, smallest first).
 */
public final class ScaleReport {

    private static final Pattern LOADED = Pattern.compile("Loaded ([0-9,]+) triples");
    /** Below this growth exponent a query is flat; from {@link #LINEAR} on it grows with the corpus or its answer. */
    private static final double FLAT = 0.2;
    private static final double LINEAR = 0.6;
    /** How far the time's exponent may pass the larger of 1 and the answer's before it counts as super-linear. */
    private static final double SUPER_LINEAR_MARGIN = 0.3;

    private ScaleReport() {}

    /** One corpus size as measured. */
    record Size(int articles, long triples, long corpusQuads, Map<String, List<double[]>> loads, long[] comparisonDiskKib,
                double storeLoadSeconds, long storeLoadRssKib, long storeDiskKib, long queryRssKib, Map<String, QueryTime> queries) {}

    /** One saved query's times on one size. */
    record QueryTime(int runs, double p50, double p99, long answer) {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Size> sizes = new ArrayList<>();
        for (String size : Arrays.copyOfRange(args, 3, args.length)) {
            sizes.add(read(folder.resolve(size), Integer.parseInt(size)));
        }
        Files.writeString(Path.of(args[1]), markdown(sizes), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[2]), ScaleChart.svg(sizes), StandardCharsets.UTF_8);
    }

    private static Size read(Path dir, int articles) throws IOException {
        Map<String, List<double[]>> loads = new LinkedHashMap<>();
        for (String line : dataLines(dir.resolve("load.tsv"))) {
            String[] f = line.split("\t");
            loads.computeIfAbsent(f[0], side -> new ArrayList<>()).add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        String[] disk = Files.readAllLines(dir.resolve("load-disk.tsv")).get(0).split("\t");
        String[] storeLoad = dataLines(dir.resolve("store-load.tsv")).get(0).split("\t");
        Matcher loaded = LOADED.matcher(Files.readString(dir.resolve("a.log")));
        long corpusQuads = loaded.find() ? Long.parseLong(loaded.group(1).replace(",", "")) : -1;
        Map<String, QueryTime> queries = new LinkedHashMap<>();
        long triples = -1;
        for (String line : Files.readAllLines(dir.resolve("queries.tsv"))) {
            String[] f = line.split("\t");
            if (line.startsWith("# triples")) {
                triples = Long.parseLong(f[1]);
            } else if (!line.startsWith("query\t")) {
                queries.put(f[0], new QueryTime(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Long.parseLong(f[4])));
            }
        }
        return new Size(articles, triples, corpusQuads, loads, new long[] {Long.parseLong(disk[2]), Long.parseLong(disk[3])},
                Double.parseDouble(storeLoad[0]), Long.parseLong(storeLoad[1]),
                Long.parseLong(Files.readString(dir.resolve("store-disk-kib")).trim()),
                Long.parseLong(Files.readString(dir.resolve("query-rss-kib")).trim()), queries);
    }

    private static List<String> dataLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size());
    }

    static String markdown(List<Size> sizes) {
        StringBuilder out = new StringBuilder();
        out.append("#### Bulk load, same N-Quads file, A/B interleaved\n\n");
        out.append("| articles | quads | talks-kg load s | tdb2.tdbloader s | tdbloader ÷ talks-kg (time) | talks-kg triples/s |"
                + " tdbloader triples/s | peak RSS MiB, talks-kg / tdbloader | disk MiB, talks-kg / tdbloader |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Size size : sizes) {
            double[] ours = column(size.loads().get("talks-kg"), 0);
            double[] theirs = column(size.loads().get("tdb2.tdbloader"), 0);
            out.append(String.format(Locale.ROOT, "| %d | %,d | %s | %s | %.2f | %,.0f | %,.0f | %.0f / %.0f | %.0f / %.0f |%n",
                    size.articles(), size.corpusQuads(), seconds(ours), seconds(theirs), median(theirs) / median(ours),
                    size.corpusQuads() / median(ours), size.corpusQuads() / median(theirs),
                    median(column(size.loads().get("talks-kg"), 1)) / 1024, median(column(size.loads().get("tdb2.tdbloader"), 1)) / 1024,
                    size.comparisonDiskKib()[0] / 1024.0, size.comparisonDiskKib()[1] / 1024.0));
        }
        out.append("\n#### The store the queries ran on (ontology and corpus)\n\n");
        out.append("| articles | triples | load s | load peak RSS MiB | disk MiB | querying process peak RSS MiB |\n|---|---|---|---|---|---|\n");
        for (Size size : sizes) {
            out.append(String.format(Locale.ROOT, "| %d | %,d | %.1f | %d | %d | %d |%n", size.articles(), size.triples(),
                    size.storeLoadSeconds(), size.storeLoadRssKib() / 1024, size.storeDiskKib() / 1024, size.queryRssKib() / 1024));
        }
        Size first = sizes.get(Math.min(1, sizes.size() - 1));
        Size last = sizes.get(sizes.size() - 1);
        out.append(String.format(Locale.ROOT, "%n#### Saved queries, p50 / p99 ms%n%nGrowth: the exponent k of p50 ∝ triples^k from"
                + " %d to %d articles, and of the answer's size; flat below %.1f, linear from %.1f (in the answer when the"
                + " answer grows as much, else in the corpus), super-linear more than %.1f above the larger of 1 and the"
                + " answer's exponent.%n%n", first.articles(), last.articles(), FLAT, LINEAR, SUPER_LINEAR_MARGIN));
        out.append("| query |");
        sizes.forEach(size -> out.append(" ").append(size.articles()).append(size.articles() == 1 ? " article |" : " articles |"));
        out.append(" answer at ").append(last.articles()).append(" | k (time / answer) | growth |\n|---|");
        sizes.forEach(size -> out.append("---|"));
        out.append("---|---|---|\n");
        for (String query : last.queries().keySet()) {
            out.append("| `").append(query).append("` |");
            for (Size size : sizes) {
                QueryTime time = size.queries().get(query);
                out.append(String.format(Locale.ROOT, " %s / %s |", millis(time.p50()), millis(time.p99())));
            }
            double k = exponent(first, last, query, QueryTime::p50);
            double answer = exponent(first, last, query, time -> Math.max(1, time.answer()));
            out.append(String.format(Locale.ROOT, " %,d | %.2f / %.2f | %s |%n", last.queries().get(query).answer(), k, answer, growth(k, answer)));
        }
        return out.toString();
    }

    static String growth(double timeExponent, double answerExponent) {
        if (timeExponent < FLAT) {
            return "flat";
        }
        if (timeExponent < LINEAR) {
            return "sub-linear";
        }
        if (timeExponent > Math.max(1.0, answerExponent) + SUPER_LINEAR_MARGIN) {
            return "super-linear";
        }
        return answerExponent >= LINEAR ? "linear in the answer" : "linear in the corpus";
    }

    private static double exponent(Size from, Size to, String query, java.util.function.ToDoubleFunction<QueryTime> value) {
        double ratio = value.applyAsDouble(to.queries().get(query)) / value.applyAsDouble(from.queries().get(query));
        return Math.log(ratio) / Math.log((double) to.triples() / from.triples());
    }

    private static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    /** E.g. "41.2 (40.8–42.0)": the median over rounds and its range. */
    private static String seconds(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 1 ? String.format(Locale.ROOT, "%.1f", sorted[0])
                : String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median(sorted), sorted[0], sorted[sorted.length - 1]);
    }

    private static String millis(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
