package org.talkskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talkskg.graph.Namespaces;
import org.talkskg.web.UndatedEvent.OrderLink;

/**
 * What the timeline page shows: the dated events in order with their drawing, the undated ones
 * with what is known of their time, and the event statuses the colours stand for.
 */
public record Timeline(List<DatedEvent> dated, TimelineChart chart, List<UndatedEvent> undated, List<LegendEntry> statuses) {

    public Timeline {
        dated = List.copyOf(dated);
        undated = List.copyOf(undated);
        statuses = List.copyOf(statuses);
    }

    /** Reads it from the graph by the page queries timeline-dated, timeline-undated, timeline-order and code-list. */
    static Timeline read(PageReader rows) {
        List<DatedEvent> dated = dated(rows.select("timeline-dated"));
        return new Timeline(dated, TimelineChart.draw(dated), undated(rows), Legend.of(rows, Namespaces.TK + "EventStatusScheme"));
    }

    /** In the query's order; an event of several kinds once, with the first. */
    private static List<DatedEvent> dated(List<Row> rows) {
        Map<String, DatedEvent> events = new LinkedHashMap<>();
        for (Row row : rows) {
            events.putIfAbsent(row.required("event"), new DatedEvent(row.required("event"), row.required("label"), row.required("kind"),
                    status(row), span(row, "precision", "date", "earliest", "latest"), row.nonEmpty("words").orElse("")));
        }
        return List.copyOf(events.values());
    }

    private static List<UndatedEvent> undated(PageReader rows) {
        Map<String, List<OrderLink>> order = new LinkedHashMap<>();
        for (Row row : rows.select("timeline-order")) {
            String when = row.text("otherPrecision").map(precision -> span(row, "otherPrecision", "otherDate", "otherEarliest", "otherLatest").describe()).orElse("");
            order.computeIfAbsent(row.required("event"), event -> new ArrayList<>())
                    .add(new OrderLink(row.required("relation"), row.required("other"), row.required("otherName"), when));
        }
        Map<String, UndatedEvent> events = new LinkedHashMap<>();
        for (Row row : rows.select("timeline-undated")) {
            String iri = row.required("event");
            events.putIfAbsent(iri, new UndatedEvent(iri, row.required("label"), row.required("kind"), status(row),
                    row.nonEmpty("words").orElse(""), row.nonEmpty("reason").orElse(""), order.getOrDefault(iri, List.of())));
        }
        return List.copyOf(events.values());
    }

    private static Concept status(Row row) {
        return new Concept(row.required("status"), row.required("statusName"));
    }

    /** The span of a row's precision and its date or range, bound to the variables named. */
    private static DatedSpan span(Row row, String precision, String date, String earliest, String latest) {
        return DatedSpan.of(row.required(precision), row.day(date), row.day(earliest), row.day(latest));
    }
}
