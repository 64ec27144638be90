package org.talkskg.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.talkskg.load.ScaleReport.Size;

/** The chart of bench/scale.sh: each saved query's p50 against the store's triples, both axes logarithmic. */
final class ScaleChart {

    private static final int LEFT = 70;
    private static final int TOP = 40;
    private static final int PLOT_WIDTH = 560;
    private static final int PLOT_HEIGHT = 520;
    private static final int LABEL_SPACING = 11;
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};

    private ScaleChart() {}

    static String svg(List<Size> sizes) {
        List<String> queries = new ArrayList<>(sizes.get(sizes.size() - 1).queries().keySet());
        double minX = Math.log10(sizes.get(0).triples());
        double maxX = Math.log10(sizes.get(sizes.size() - 1).triples());
        double minY = Math.floor(Math.log10(sizes.stream().flatMap(size -> size.queries().values().stream())
                .mapToDouble(time -> Math.max(0.01, time.p50())).min().orElse(0.01)));
        double maxY = Math.ceil(Math.log10(sizes.stream().flatMap(size -> size.queries().values().stream())
                .mapToDouble(ScaleReport.QueryTime::p50).max().orElse(1)));
        StringBuilder svg = new StringBuilder();
        int width = LEFT + PLOT_WIDTH + 260;
        int height = TOP + PLOT_HEIGHT + 60;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"10\">%n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Saved queries on the TDB2 store: p50 ms against the store's triples (log-log)</text>\n");
        for (double decade = minY; decade <= maxY; decade++) {
            double y = y(decade, minY, maxY);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + PLOT_WIDTH, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", LEFT - 6, y + 3, trim(Math.pow(10, decade))));
        }
        for (Size size : sizes) {
            double x = x(Math.log10(size.triples()), minX, maxX);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP, x, TOP + PLOT_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d triples</text>%n", x, TOP + PLOT_HEIGHT + 15, size.triples()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%d %s</text>%n", x, TOP + PLOT_HEIGHT + 28,
                    size.articles(), size.articles() == 1 ? "article" : "articles"));
        }
        List<double[]> labels = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            String dash = i / COLOURS.length == 0 ? "" : i / COLOURS.length == 1 ? " stroke-dasharray=\"5,3\"" : " stroke-dasharray=\"1,2\"";
            StringBuilder points = new StringBuilder();
            double lastY = 0;
            for (Size size : sizes) {
                lastY = y(Math.log10(Math.max(0.01, size.queries().get(queries.get(i)).p50())), minY, maxY);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(Math.log10(size.triples()), minX, maxX), lastY));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s><title>%s</title></polyline>%n",
                    points.toString().trim(), colour, dash, queries.get(i)));
            labels.add(new double[] {lastY, i});
        }
        // Labels at the lines' ends, pushed apart so that none overlaps the one above it.
        labels.sort(Comparator.comparingDouble(label -> label[0]));
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] label : labels) {
            double y = Math.max(label[0], previous + LABEL_SPACING);
            previous = y;
            int i = (int) label[1];
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                    LEFT + PLOT_WIDTH + 2, label[0], LEFT + PLOT_WIDTH + 14, y - 3, COLOURS[i % COLOURS.length]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"%s\">%s</text>%n", LEFT + PLOT_WIDTH + 16, y,
                    COLOURS[i % COLOURS.length], queries.get(i)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" fill=\"#555\">Each saved query with its default parameters (per-article questions about one article), in process, after warm-up; made by bench/scale.sh.</text>%n",
                height - 10));
        return svg.append("</svg>\n").toString();
    }

    private static double x(double logTriples, double minX, double maxX) {
        return LEFT + PLOT_WIDTH * (logTriples - minX) / (maxX - minX);
    }

    private static double y(double logMillis, double minY, double maxY) {
        return TOP + PLOT_HEIGHT * (1 - (logMillis - minY) / (maxY - minY));
    }

    private static String trim(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%s", value);
    }
}
