package org.talkskg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status and date of the nodes a page mentions, in words, from the rows of
 * {@code entity-qualifiers}: {@code planned, Thursday 15 May 2025, day precision}, {@code held,
 * undated}, {@code demanded}. Every event shows its status and whether and how precisely it is dated.
 */
final class Qualifiers {

    private final Map<String, String> byNode;

    private Qualifiers(Map<String, String> byNode) {
        this.byNode = byNode;
    }

    static Qualifiers of(List<Row> rows) {
        Map<String, String> byNode = new HashMap<>();
        for (Row row : rows) {
            byNode.putIfAbsent(row.required("node"), describe(row));
        }
        return new Qualifiers(byNode);
    }

    /** The qualifier of a node, if it has a status or a date. */
    Optional<String> of(String iri) {
        return Optional.ofNullable(byNode.get(iri));
    }

    private static String describe(Row row) {
        List<String> parts = new ArrayList<>();
        row.text("eventStatus").ifPresent(parts::add);
        row.text("agreementStatus").ifPresent(parts::add);
        String precisionLabel = row.text("precisionLabel").orElse(null);
        Optional<String> date = row.text("date");
        if (date.isPresent()) {
            parts.add(DateText.of(date.get(), row.text("precision").orElse(null), precisionLabel));
        } else if (row.text("earliest").isPresent() || row.text("latest").isPresent()) {
            parts.add(DateText.range(row.text("earliest").orElse(null), row.text("latest").orElse(null), precisionLabel));
        } else if (row.text("eventStatus").isPresent() || row.text("expression").isPresent()) {
            parts.add(row.text("expression").map(words -> "undated: “" + words + "”").orElse("undated"));
        }
        return String.join(", ", parts);
    }
}
