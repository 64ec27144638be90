package org.talkskg.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A time axis that keeps a day visible next to a year: the days where some span begins or ends
 * are its ticks, in order, and each stretch between two ticks gets a width that grows with the
 * logarithm of its length (a day 30 units, a month about 120, a year about 180). It is monotonic,
 * so order and containment are kept, but not to scale; the ticks say the dates.
 */
final class TimeAxis {

    private static final double DAY_WIDTH = 30;
    private static final double WIDTH_PER_DOUBLING = 18;
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final LocalDate[] ticks;
    private final double[] positions;

    /** An axis over the spans, its first tick at {@code left}. */
    TimeAxis(Collection<DatedSpan> spans, double left) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (DatedSpan span : spans) {
            days.add(span.first());
            days.add(span.last().plusDays(1));
        }
        ticks = days.toArray(LocalDate[]::new);
        positions = new double[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            positions[i] = i == 0 ? left : positions[i - 1] + stretch(ChronoUnit.DAYS.between(ticks[i - 1], ticks[i]));
        }
    }

    /** Where a day begins; it must be the first day of one of the spans, or the day after the last. */
    double x(LocalDate day) {
        int index = Arrays.binarySearch(ticks, day);
        if (index < 0) {
            throw new IllegalArgumentException(day + " is not where a span of this axis begins or ends");
        }
        return positions[index];
    }

    /** Where a day ends: where the next one begins; it must be the last day of one of the spans. */
    double end(LocalDate day) {
        return x(day.plusDays(1));
    }

    /** The position of the last tick. */
    double right() {
        return positions.length == 0 ? 0 : positions[positions.length - 1];
    }

    /** Each tick with its date, e.g. {@code 1 Feb 2022}. */
    List<TimelineChart.Tick> ticks() {
        List<TimelineChart.Tick> result = new ArrayList<>();
        for (int i = 0; i < ticks.length; i++) {
            result.add(new TimelineChart.Tick(positions[i], TICK.format(ticks[i])));
        }
        return result;
    }

    private static double stretch(long days) {
        return DAY_WIDTH + WIDTH_PER_DOUBLING * Math.log(days) / Math.log(2);
    }
}
