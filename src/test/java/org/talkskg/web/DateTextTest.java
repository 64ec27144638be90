package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.graph.Namespaces;

/** Dates in words, no more precisely than the graph knows them. */
class DateTextTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2025-05-15T00:00:00 | DayPrecision    | day    | Thursday 15 May 2025, day precision
        2025-04-01T00:00:00 | MonthPrecision  | month  | April 2025, month precision
        2022-03-01T00:00:00 | SeasonPrecision | season | spring 2022, season precision
        2022-12-01T00:00:00 | SeasonPrecision | season | winter 2022–23, season precision
        2023-01-01T00:00:00 | YearPrecision   | year   | 2023, year precision
        2025-05-15T00:00:00Z| DayPrecision    | day    | Thursday 15 May 2025, day precision
        not a date          | DayPrecision    | day    | not a date, day precision
        """)
    void aDateReadsAsPreciselyAsItIsKnown(String date, String precision, String label, String words) {
        assertEquals(words, DateText.of(date.strip(), Namespaces.TK + precision, label));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2025-05-12T00:00:00 | 2025-05-13T00:00:00 | from Monday 12 May 2025 to Tuesday 13 May 2025, range precision
        2025-05-12T00:00:00 |                     | from Monday 12 May 2025 to an unknown day, range precision
        """)
    void aRangeNamesBothDays(String earliest, String latest, String words) {
        assertEquals(words, DateText.range(earliest, latest, "range"));
    }
}
