package org.talkskg.web;

import java.util.List;

/**
 * Values under one name: a property's label and its values, or a name's kind and the names.
 *
 * @param label  e.g. {@code addressee}, from the ontology
 * @param values in the order the graph gives them
 */
public record Field(String label, List<Value> values) {

    static final Field NONE = new Field("", List.of());

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
