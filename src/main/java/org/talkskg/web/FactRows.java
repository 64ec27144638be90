package org.talkskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the rows of {@code entity-facts} (one per triple of a fact node) into {@link Fact}s, and
 * the facts into groups of one kind, keeping the order of the query. A value given twice (a fact
 * linked to the entity by two properties) is shown once.
 */
final class FactRows {

    private final Values values;
    private final EvidenceRows evidence;

    FactRows(Values values, EvidenceRows evidence) {
        this.values = values;
        this.evidence = evidence;
    }

    List<FactGroup> group(List<Row> rows) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Row row : rows) {
            String fact = row.required("fact");
            Draft draft = drafts.computeIfAbsent(fact, iri -> new Draft(row.required("kind"), values.ofIri(iri, row.text("factLabel"))));
            String slot = row.required("slot");
            Map<String, Set<Value>> fields = "detail".equals(slot) ? draft.details : draft.slots;
            String name = "detail".equals(slot) ? Values.propertyLabel(row, "property", "propertyLabel") : slot;
            draft.labels.putIfAbsent(name, Values.propertyLabel(row, "property", "propertyLabel"));
            fields.computeIfAbsent(name, key -> new LinkedHashSet<>())
                    .add(values.of(row.node("value").orElseThrow(), row.text("valueLabel")));
        }
        Map<String, List<Fact>> byKind = new LinkedHashMap<>();
        drafts.forEach((iri, draft) -> byKind.computeIfAbsent(draft.kind, kind -> new ArrayList<>())
                .add(new Fact(draft.kind, draft.node, fields(draft.slots, draft.labels), List.copyOf(fields(draft.details, draft.labels).values()),
                        evidence.of(iri))));
        return byKind.entrySet().stream().map(entry -> new FactGroup(entry.getKey(), entry.getValue())).toList();
    }

    private static Map<String, Field> fields(Map<String, Set<Value>> drafts, Map<String, String> labels) {
        Map<String, Field> fields = new LinkedHashMap<>();
        drafts.forEach((name, valuesOf) -> fields.put(name, new Field(labels.get(name), List.copyOf(valuesOf))));
        return fields;
    }

    /** A fact while its rows are read. */
    private static final class Draft {
        final String kind;
        final Value node;
        final Map<String, Set<Value>> slots = new LinkedHashMap<>();
        final Map<String, Set<Value>> details = new LinkedHashMap<>();
        /** The property label of each slot and detail, e.g. {@code post scope} for the slot {@code scope}. */
        final Map<String, String> labels = new LinkedHashMap<>();

        Draft(String kind, Value node) {
            this.kind = kind;
            this.node = node;
        }
    }
}
