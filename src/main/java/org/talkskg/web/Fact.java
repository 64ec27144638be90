package org.talkskg.web;

import java.util.List;
import java.util.Map;

/**
 * One n-ary fact as one line: a participation, a membership or post, a communicative act, a
 * claim, sanctions or an agreement, flattened from its node's triples.
 *
 * @param kind     which template draws the line: {@code participation}, {@code membership},
 *                 {@code act}, {@code claim}, {@code threat}, {@code sanctions}, {@code agreement}
 * @param node     the fact's own node (its page)
 * @param slots    the fields the line is built from, by name ({@code participant}, {@code meeting}...)
 * @param details  its other properties, each under its label
 * @param evidence the sentences its node cites
 */
public record Fact(String kind, Value node, Map<String, Field> slots, List<Field> details, List<Evidence> evidence) {

    /** The field of that name; empty if the fact has none. */
    public Field slot(String name) {
        return slots.getOrDefault(name, Field.NONE);
    }

    public boolean has(String name) {
        return !slot(name).isEmpty();
    }

    /** Whether two fields hold the same things, e.g. a participant expected on its own word. */
    public boolean same(String name, String other) {
        return has(name) && slot(name).values().equals(slot(other).values());
    }
}
