package org.talkskg.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.talkskg.graph.Namespaces;

/**
 * The days a dated event may lie in, from its date and the precision of that date: a day is
 * itself, a month, a season or a year all of its days, a range of days its two bounds (both
 * inclusive). A season's date is its first day (northern meteorological seasons, three months).
 *
 * @param first the first day, inclusive
 * @param last  the last day, inclusive
 */
public record DatedSpan(Precision precision, LocalDate first, LocalDate last) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** The precisions of tk:DatePrecisionScheme. */
    public enum Precision {
        DAY("DayPrecision"), MONTH("MonthPrecision"), SEASON("SeasonPrecision"), YEAR("YearPrecision"), RANGE("RangePrecision");

        private final String iri;

        Precision(String localName) {
            this.iri = Namespaces.TK + localName;
        }

        static Optional<Precision> of(String iri) {
            for (Precision precision : values()) {
                if (precision.iri.equals(iri)) {
                    return Optional.of(precision);
                }
            }
            return Optional.empty();
        }

        /** As the pages name it: day, month, season, year, range. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The span of a date ({@code date}) or a range ({@code earliest}, {@code latest}) at a precision
     * given by its IRI.
     *
     * @throws IllegalStateException for a precision the code list does not have, or without the
     *                               date it needs: the shapes refuse both, so the graph is broken
     */
    static DatedSpan of(String precisionIri, Optional<LocalDate> date, Optional<LocalDate> earliest, Optional<LocalDate> latest) {
        Precision precision = Precision.of(precisionIri)
                .orElseThrow(() -> new IllegalStateException("Not a date precision of the code list: " + precisionIri));
        Optional<DatedSpan> span = switch (precision) {
            case DAY -> date.map(day -> new DatedSpan(precision, day, day));
            case MONTH -> date.map(day -> new DatedSpan(precision, day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())));
            case SEASON -> date.map(day -> new DatedSpan(precision, day, day.plusMonths(3).minusDays(1)));
            case YEAR -> date.map(day -> new DatedSpan(precision, day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear())));
            case RANGE -> earliest.flatMap(from -> latest.map(to -> new DatedSpan(precision, from, to)));
        };
        return span.orElseThrow(() -> new IllegalStateException("A " + precision.label() + " precision without the date it qualifies"));
    }

    /** A day is drawn as a point; every other precision as a band over its days. */
    public boolean isPoint() {
        return precision == Precision.DAY;
    }

    /** The span in words: {@code 15 May 2025}, {@code February 2022}, {@code spring 2022}, {@code 2023}, {@code 12–13 May 2025}. */
    public String describe() {
        return switch (precision) {
            case DAY -> DAY.format(first);
            case MONTH -> MONTH.format(first);
            case SEASON -> season(first.getMonthValue()) + " " + first.getYear();
            case YEAR -> Integer.toString(first.getYear());
            case RANGE -> first.getMonth() == last.getMonth() && first.getYear() == last.getYear()
                    ? DAY_OF_MONTH.format(first) + "–" + DAY.format(last)
                    : DAY.format(first) + " – " + DAY.format(last);
        };
    }

    private static String season(int month) {
        if (month >= 3 && month <= 5) {
            return "spring";
        }
        if (month >= 6 && month <= 8) {
            return "summer";
        }
        return month >= 9 && month <= 11 ? "autumn" : "winter";
    }
}
