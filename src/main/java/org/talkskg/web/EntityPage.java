package org.talkskg.web;

import java.util.List;

/**
 * What the page of one entity shows.
 *
 * @param iri       the entity's IRI
 * @param label     its label, the page's title
 * @param qualifier its status and date, if it has any; else {@code null}
 * @param types     its classes, linked to the ontology page
 * @param names     its other names, under the label of their kind (preferred, alternative label)
 * @param garbled   the forms the article prints that the machine translation garbled (hidden labels)
 * @param notes     summaries, definitions, editorial notes, under their property's label
 * @param mentions  the sentences that cite the entity itself
 * @param outgoing  its plain links to other things
 * @param facts     the n-ary facts it is, or takes part in, by kind
 * @param incoming  the plain links of other things to it
 */
public record EntityPage(String iri, String label, String qualifier, List<Value> types, List<Field> names, List<Value> garbled,
        List<Field> notes, List<Evidence> mentions, List<Relation> outgoing, List<FactGroup> facts, List<Relation> incoming) {
}
