package org.talkskg.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.talkskg.load.Comparison.Options;
import org.talkskg.load.Comparison.Round;
import org.talkskg.load.Comparison.Run;

/** The tables and the chart of a {@link Comparison}: per query and client count, each side and their ratio. */
final class ComparisonReport {

    private static final int BAR_HEIGHT = 14;
    private static final int LABEL_WIDTH = 190;
    private static final int PANEL_WIDTH = 300;
    /** The chart's ratio axis, logarithmic: a bar's length shows how many times faster. */
    private static final double AXIS_MIN = 0.25;
    private static final double AXIS_MAX = 16;

    private ComparisonReport() {}

    static double throughputRatio(Round round) {
        return round.stock().throughput() == 0 ? Double.NaN : round.talksKg().throughput() / round.stock().throughput();
    }

    static double p99Ratio(Round round) {
        return round.stock().p99Micros() == 0 ? Double.NaN : (double) round.talksKg().p99Micros() / round.stock().p99Micros();
    }

    /** E.g. "1.42 (1.31–1.55)": the median over rounds and its range. */
    static String ratioRange(List<Round> rounds, ToDoubleFunction<Round> ratio) {
        double[] values = rounds.stream().mapToDouble(ratio).sorted().toArray();
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(values), values[0], values[values.length - 1]);
    }

    static String markdown(Map<String, Map<Integer, List<Round>>> results, Options options) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d rounds of %.1f s per side, query and client count, A/B interleaved; -Xmx%s on both; %s%n%n",
                options.rounds(), options.perRun().toMillis() / 1000.0, options.heap(),
                options.serveOptions().isEmpty() ? "talks-kg with default options" : "talks-kg with " + String.join(" ", options.serveOptions())));
        for (int clients : options.clients()) {
            out.append("### ").append(clients).append(clients == 1 ? " client" : " clients").append("\n\n");
            out.append("| query | talks-kg answers/s | stock answers/s | throughput ratio (range) | talks-kg p50 / p99 ms |"
                    + " stock p50 / p99 ms | p99 ratio (range) | CPU ms per answer, talks-kg / stock | worst round / median, talks-kg / stock | errors |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|\n");
            List<Double> throughputRatios = new ArrayList<>();
            List<Double> p99Ratios = new ArrayList<>();
            for (Map.Entry<String, Map<Integer, List<Round>>> query : results.entrySet()) {
                List<Round> rounds = query.getValue().get(clients);
                throughputRatios.add(median(rounds.stream().mapToDouble(ComparisonReport::throughputRatio).toArray()));
                p99Ratios.add(median(rounds.stream().mapToDouble(ComparisonReport::p99Ratio).toArray()));
                out.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %s | %s | %s | %s | %.1f / %.1f | %.2f / %.2f | %d / %d |%n",
                        query.getKey(),
                        median(rounds, run -> run.throughput(), true), median(rounds, run -> run.throughput(), false),
                        ratioRange(rounds, ComparisonReport::throughputRatio),
                        latencies(rounds, true), latencies(rounds, false),
                        ratioRange(rounds, ComparisonReport::p99Ratio),
                        median(rounds, Run::cpuMillisPerRequest, true), median(rounds, Run::cpuMillisPerRequest, false),
                        worstOverMedian(rounds, true), worstOverMedian(rounds, false),
                        rounds.stream().mapToLong(round -> round.talksKg().errors()).sum(),
                        rounds.stream().mapToLong(round -> round.stock().errors()).sum()));
            }
            out.append(String.format(Locale.ROOT, "| **geomean** | | | **%.2f** | | | **%.2f** | | | |%n%n",
                    geomean(throughputRatios), geomean(p99Ratios)));
        }
        return out.toString();
    }

    /** Bars of the median throughput ratio per query, one panel per client count, with each one's range over rounds. */
    static String svg(Map<String, Map<Integer, List<Round>>> results, Options options) {
        int rows = results.size();
        int width = LABEL_WIDTH + options.clients().size() * (PANEL_WIDTH + 20) + 20;
        int height = 70 + rows * (BAR_HEIGHT + 4) + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Answers per second, talks-kg ÷ stock Fuseki, same files and heap"
                + " (right of the line: talks-kg is faster)</text>%n"));
        for (int panel = 0; panel < options.clients().size(); panel++) {
            int clients = options.clients().get(panel);
            int left = LABEL_WIDTH + panel * (PANEL_WIDTH + 20);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"45\" font-weight=\"bold\">%d %s</text>%n", left, clients, clients == 1 ? "client" : "clients"));
            double one = x(1.0, left);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"52\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\"/>%n", one, one, 60 + rows * (BAR_HEIGHT + 4)));
            for (double tick : new double[] {0.25, 0.5, 1, 2, 4, 8, 16}) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s×</text>%n",
                        x(tick, left), 75 + rows * (BAR_HEIGHT + 4), tick < 1 ? String.valueOf(tick) : String.valueOf((int) tick)));
            }
            int row = 0;
            for (Map.Entry<String, Map<Integer, List<Round>>> query : results.entrySet()) {
                int y = 58 + row * (BAR_HEIGHT + 4);
                if (panel == 0) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LABEL_WIDTH - 8, y + BAR_HEIGHT - 3, query.getKey()));
                }
                double[] ratios = query.getValue().get(clients).stream().mapToDouble(ComparisonReport::throughputRatio).sorted().toArray();
                double ratio = median(ratios);
                double end = x(ratio, left);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s, %d clients: %.2f×</title></rect>%n",
                        Math.min(one, end), y, Math.abs(end - one), BAR_HEIGHT, ratio >= 1 ? "#2e7d32" : "#c62828", query.getKey(), clients, ratio));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>%n",
                        x(ratios[0], left), y + BAR_HEIGHT / 2, x(ratios[ratios.length - 1], left), y + BAR_HEIGHT / 2));
                row++;
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">Bar: median over %d interleaved rounds; whisker: its range. Green: talks-kg faster, red: slower.</text>%n",
                height - 10, options.rounds()));
        return svg.append("</svg>\n").toString();
    }

    private static double x(double ratio, int left) {
        double clamped = Math.max(AXIS_MIN, Math.min(AXIS_MAX, ratio));
        return left + PANEL_WIDTH * Math.log(clamped / AXIS_MIN) / Math.log(AXIS_MAX / AXIS_MIN);
    }

    private static String latencies(List<Round> rounds, boolean talksKg) {
        return String.format(Locale.ROOT, "%.1f / %.1f", median(rounds, run -> run.p50Micros() / 1000.0, talksKg),
                median(rounds, run -> run.p99Micros() / 1000.0, talksKg));
    }

    /** The slowest round's throughput over the median round's: below 0.5 is a stall. */
    private static double worstOverMedian(List<Round> rounds, boolean talksKg) {
        double[] values = rounds.stream().mapToDouble(round -> (talksKg ? round.talksKg() : round.stock()).throughput()).sorted().toArray();
        double median = median(values);
        return median == 0 ? 0 : values[0] / median;
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Run> value, boolean talksKg) {
        return median(rounds.stream().mapToDouble(round -> value.applyAsDouble(talksKg ? round.talksKg() : round.stock())).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double geomean(List<Double> values) {
        return Math.exp(values.stream().mapToDouble(Math::log).average().orElse(0));
    }
}
