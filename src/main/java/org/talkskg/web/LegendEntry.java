package org.talkskg.web;

/** One concept of a code list with its definition, as a legend explains a colour. */
public record LegendEntry(Concept concept, String definition) {
}
