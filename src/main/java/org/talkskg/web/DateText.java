package org.talkskg.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.talkskg.graph.Namespaces;

/**
 * A date of the graph in words, as precisely as it is known: {@code Thursday 15 May 2025, day
 * precision}, {@code April 2025, month precision}, {@code spring 2022, season precision}. Digits below
 * the precision carry no meaning (the ontology records a month as its first day), so they are not shown.
 */
final class DateText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private DateText() {}

    /**
     * @param date           the lexical form of a {@code tk:date} ({@code 2025-05-15T00:00:00})
     * @param precision      the IRI of its precision, e.g. {@code tk:DayPrecision}; may be null
     * @param precisionLabel that precision's label ({@code day}); may be null
     */
    static String of(String date, String precision, String precisionLabel) {
        String words = parse(date).map(day -> inWords(day, precision)).orElse(date);
        return precisionLabel == null ? words : words + ", " + precisionLabel + " precision";
    }

    /** A range of days, both inclusive: {@code from Monday 12 May 2025 to Tuesday 13 May 2025, range precision}. */
    static String range(String earliest, String latest, String precisionLabel) {
        String words = "from " + day(earliest) + " to " + day(latest);
        return precisionLabel == null ? words : words + ", " + precisionLabel + " precision";
    }

    private static String day(String date) {
        if (date == null) {
            return "an unknown day";
        }
        return parse(date).map(DAY::format).orElse(date);
    }

    private static String inWords(LocalDate day, String precision) {
        String name = precision != null && precision.startsWith(Namespaces.TK) ? precision.substring(Namespaces.TK.length()) : "";
        return switch (name) {
            case "DayPrecision" -> DAY.format(day);
            case "MonthPrecision" -> MONTH.format(day);
            case "SeasonPrecision" -> season(day);
            case "YearPrecision" -> Integer.toString(day.getYear());
            default -> day.toString();
        };
    }

    /** Northern-hemisphere meteorological seasons, as the ontology defines season precision. */
    private static String season(LocalDate firstDay) {
        int month = firstDay.getMonthValue();
        if (month == 12 || month <= 2) {
            int startYear = month == 12 ? firstDay.getYear() : firstDay.getYear() - 1;
            return "winter " + startYear + "–" + String.format("%02d", (startYear + 1) % 100);
        }
        String name = month <= 5 ? "spring" : month <= 8 ? "summer" : "autumn";
        return name + " " + firstDay.getYear();
    }

    /** The day of an xsd:dateTime; a time of day or a zone after it means nothing at these precisions. */
    private static Optional<LocalDate> parse(String date) {
        try {
            return Optional.of(LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
