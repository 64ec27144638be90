package org.talkskg.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the timeline's SVG: one row per dated event, in order, its mark on a
 * {@link TimeAxis} (a circle for a day, a band over the days of a month, season, year or range),
 * its label beside the mark on the side with more room, and the ticks of the axis above.
 * Coordinates are in SVG user units, rounded to tenths.
 */
public record TimelineChart(double width, double height, double axisY, List<Mark> marks, List<Tick> ticks) {

    private static final double LEFT = 16;
    /** Room after the last tick for its slanted label. */
    private static final double RIGHT = 84;
    /** Room above the first row for the tick labels, which are drawn slanted. */
    private static final double TOP = 96;
    private static final double ROW = 26;
    private static final double BOTTOM = 12;
    private static final double LABEL_GAP = 8;
    /** So that a band of a single short stretch is still seen. */
    private static final double MIN_BAND = 3;
    /** The axis needs this much width to hold the labels of a few rows beside their marks. */
    private static final double MIN_WIDTH = 960;

    public TimelineChart {
        marks = List.copyOf(marks);
        ticks = List.copyOf(ticks);
    }

    static TimelineChart draw(List<DatedEvent> events) {
        TimeAxis axis = new TimeAxis(events.stream().map(DatedEvent::span).toList(), LEFT);
        double width = Math.max(MIN_WIDTH, axis.right() + RIGHT);
        List<Mark> marks = new ArrayList<>();
        for (int row = 0; row < events.size(); row++) {
            DatedEvent event = events.get(row);
            double start = axis.x(event.span().first());
            double end = axis.end(event.span().last());
            double y = TOP + row * ROW + ROW / 2;
            boolean labelBefore = (start + end) / 2 > width / 2;
            double labelX = labelBefore ? start - LABEL_GAP : end + LABEL_GAP;
            marks.add(new Mark(event, SvgUnits.round(start), SvgUnits.round(Math.max(end - start, MIN_BAND)), SvgUnits.round(y), SvgUnits.round(labelX), labelBefore));
        }
        List<Tick> ticks = axis.ticks().stream().map(tick -> new Tick(SvgUnits.round(tick.x()), tick.label())).toList();
        return new TimelineChart(SvgUnits.round(width), SvgUnits.round(TOP + events.size() * ROW + BOTTOM), TOP - 4, marks, ticks);
    }

    /**
     * An event's mark: a point (a circle at the middle of its day) or a band from {@code x} over
     * {@code width}, at height {@code y}, and where its label goes.
     */
    public record Mark(DatedEvent event, double x, double width, double y, double labelX, boolean labelBefore) {

        public double centerX() {
            return SvgUnits.round(x + width / 2);
        }

        /** The label's text-anchor: it ends before the mark or starts after it. */
        public String labelAnchor() {
            return labelBefore ? "end" : "start";
        }
    }

    /** A tick of the axis: a day where some span begins or ends. */
    public record Tick(double x, String label) {
    }
}
