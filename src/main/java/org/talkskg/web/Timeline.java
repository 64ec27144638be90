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
    static Timeline read(PageRows rows) {
        List<DatedEvent> dated = dated(rows.select("timeline-dated"));
        return new Timeline(dated, TimelineChart.draw(dated), undated(rows), Legend.of(rows, Namespaces.TK + "EventStatusScheme"));
    }

    /** In the query's order; an event of several kinds once, with the first. */
    private static List<DatedEvent> dated(List<PageRow> rows) {
        Map<String, DatedEvent> events = new LinkedHashMap<>();
        for (PageRow row : rows) {
            events.putIfAbsent(row.iri("event"), new DatedEvent(row.iri("event"), row.text("label"), row.text("kind"),
                    status(row), span(row, "precision", "date", "earliest", "latest"), row.optionalText("words").orElse("")));
        }
        return List.copyOf(events.values());
    }

    private static List<UndatedEvent> undated(PageRows rows) {
        Map<String, List<OrderLink>> order = new LinkedHashMap<>();
        for (PageRow row : rows.select("timeline-order")) {
            String when = row.optionalIri("otherPrecision").map(precision -> span(row, "otherPrecision", "otherDate", "otherEarliest", "otherLatest").describe()).orElse("");
            order.computeIfAbsent(row.iri("event"), event -> new ArrayList<>())
                    .add(new OrderLink(row.text("relation"), row.iri("other"), row.text("otherName"), when));
        }
        Map<String, UndatedEvent> events = new LinkedHashMap<>();
        for (PageRow row : rows.select("timeline-undated")) {
            String iri = row.iri("event");
            events.putIfAbsent(iri, new UndatedEvent(iri, row.text("label"), row.text("kind"), status(row),
                    row.optionalText("words").orElse(""), row.optionalText("reason").orElse(""), order.getOrDefault(iri, List.of())));
        }
        return List.copyOf(events.values());
    }

    private static Concept status(PageRow row) {
        return new Concept(row.iri("status"), row.text("statusName"));
    }

    /** The span of a row's precision and its date or range, bound to the variables named. */
    private static DatedSpan span(PageRow row, String precision, String date, String earliest, String latest) {
        return DatedSpan.of(row.iri(precision), row.day(date), row.day(earliest), row.day(latest));
    }
}
