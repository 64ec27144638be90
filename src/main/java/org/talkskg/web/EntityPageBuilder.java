package org.talkskg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.talkskg.graph.Namespaces;

/** Builds the {@link EntityPage} of one entity from the page queries {@code entity-*}. */
final class EntityPageBuilder {

    private final PageReader reader;

    EntityPageBuilder(PageReader reader) {
        this.reader = reader;
    }

    EntityPage build(String iri) {
        Qualifiers qualifiers = Qualifiers.of(reader.select("entity-qualifiers", iri));
        Values values = new Values(iri, qualifiers);
        EvidenceRows evidence = EvidenceRows.of(reader.select("entity-evidence", iri));
        List<Row> about = reader.select("entity-about", iri);
        String label = section(about, "label").stream().findFirst().map(row -> row.required("value"))
                .orElseGet(() -> Namespaces.prefixes().shortForm(iri));
        List<Value> types = section(about, "type").stream()
                .map(row -> values.ofIri(row.required("value"), row.text("valueLabel"))).toList();
        List<Row> otherNames = section(about, "name").stream().filter(row -> !row.required("value").equals(label)).toList();
        List<Value> garbled = section(about, "garbled").stream()
                .map(row -> values.of(row.node("value").orElseThrow(), row.text("valueLabel"))).toList();
        List<Relation> outgoing = new ArrayList<>();
        List<Relation> incoming = new ArrayList<>();
        Value self = values.ofIri(iri, Optional.of(label));
        for (Row row : reader.select("entity-relations", iri)) {
            Value other = values.of(row.node("other").orElseThrow(), row.text("otherLabel"));
            String property = Values.propertyLabel(row, "property", "propertyLabel");
            if ("out".equals(row.required("direction"))) {
                outgoing.add(new Relation(self, property, other, List.of()));
            } else {
                incoming.add(new Relation(other, property, self, evidence.of(row.required("other"))));
            }
        }
        return new EntityPage(iri, label, qualifiers.of(iri).orElse(null), types, fields(otherNames, values), garbled,
                fields(section(about, "note"), values), evidence.of(iri), outgoing,
                new FactRows(values, evidence).group(reader.select("entity-facts", iri)), incoming);
    }

    private static List<Row> section(List<Row> about, String section) {
        return about.stream().filter(row -> section.equals(row.required("section"))).toList();
    }

    /** Values grouped under the label of their property, in the order of the rows. */
    private static List<Field> fields(List<Row> rows, Values values) {
        Map<String, List<Value>> byProperty = new LinkedHashMap<>();
        for (Row row : rows) {
            byProperty.computeIfAbsent(Values.propertyLabel(row, "property", "propertyLabel"), key -> new ArrayList<>())
                    .add(values.of(row.node("value").orElseThrow(), row.text("valueLabel")));
        }
        List<Field> fields = new ArrayList<>();
        byProperty.forEach((property, valuesOf) -> fields.add(new Field(property, valuesOf.stream().distinct().toList())));
        return fields;
    }
}
