package org.talkskg.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.talkskg.graph.Namespaces;

/**
 * What the ontology page shows: every class and property of the {@code tk:} namespace with its
 * label, definition, super-terms, domain, range, inverse, use and a few examples, and the code
 * lists as tables. Read from the page queries {@code ontology-*}; each term's anchor is its local
 * name, so that {@code /ontology#Participation} is where {@link Links} sends {@code tk:Participation}.
 */
public record OntologyPage(Optional<String> title, Optional<String> description, Optional<String> version,
        Optional<Link> license, List<Section> sections, List<CodeList> codeLists) {

    /** How many things are shown as examples of a term's use. */
    private static final int EXAMPLES = 3;

    /** The kinds of term (as ontology-terms names them), in the order of the page, with their anchors and headings. */
    private static final List<Kind> KINDS = List.of(
            new Kind("class", "classes", "Classes"),
            new Kind("object property", "object-properties", "Object properties"),
            new Kind("datatype property", "datatype-properties", "Datatype properties"),
            new Kind("annotation property", "annotation-properties", "Annotation properties"));

    private record Kind(String name, String id, String heading) {}

    /** The terms of one kind. */
    public record Section(String id, String heading, List<Term> terms) {}

    /**
     * One class or property.
     *
     * @param superTerms the named classes or properties it is a sub-term of
     * @param domain     the classes its subjects belong to: one, or each member of a union
     * @param codeLists  the code lists the values the data gives it come from
     * @param usage      how many instances (a class) or subjects (a property) it has
     */
    public record Term(String id, String name, String kind, Optional<String> label, Optional<String> definition,
            Optional<String> note, List<Link> superTerms, List<Link> domain, List<Link> range, List<Link> inverse,
            List<Link> codeLists, Usage usage) {

        /** "Sub-class of" or "Sub-property of". */
        public String superHeading() {
            return isClass() ? "Sub-class of" : "Sub-property of";
        }

        /** A class has instances; a property is used by the things it is stated of. */
        public String usageHeading() {
            return isClass() ? "Instances" : "Used by";
        }

        /** E.g. "27 instances" for a class, "27 things" for a property, or "none". */
        public String counted() {
            return usage.counted(isClass() ? "instance" : "thing");
        }

        private boolean isClass() {
            return kind.equals("class");
        }
    }

    /** A code list: a SKOS concept scheme and its concepts. */
    public record CodeList(String id, String name, Optional<String> label, Optional<String> definition, List<Concept> concepts) {}

    /**
     * One concept of a code list, with the things that take it as a value.
     *
     * @param anchor its local name; none in the tables after the first of the code lists it is in
     *               (tk:Proposed is an event status and an agreement status): a page has one anchor per term
     */
    public record Concept(Optional<String> anchor, String name, Optional<String> label, Optional<String> definition, Usage usage) {}

    /** How many things use a term, and the first few of them. */
    public record Usage(int count, List<Link> examples) {

        /** E.g. "27 instances", "1 thing", or "none". */
        public String counted(String noun) {
            return count == 0 ? "none" : Plural.of(count, noun);
        }
    }

    static OntologyPage read(PageReader data) {
        Optional<Row> header = data.select("ontology-header").stream().findFirst();
        Map<String, Map<String, List<Link>>> relations = relations(data.select("ontology-relations"));
        Map<String, Usage> uses = uses(data.select("ontology-uses"));
        Map<String, List<Row>> termsByKind = data.select("ontology-terms").stream()
                .collect(Collectors.groupingBy(row -> row.required("kind"), LinkedHashMap::new, Collectors.toList()));
        List<Section> sections = KINDS.stream()
                .filter(kind -> termsByKind.containsKey(kind.name()))
                .map(kind -> new Section(kind.id(), kind.heading(), termsByKind.get(kind.name()).stream()
                        .map(row -> term(row, relations.getOrDefault(row.required("term"), Map.of()), uses))
                        .toList()))
                .toList();
        return new OntologyPage(
                header.flatMap(row -> row.text("title")),
                header.flatMap(row -> row.text("description")),
                header.flatMap(row -> row.text("version")),
                header.flatMap(row -> row.text("license")).map(license -> Link.to(license, license)),
                sections,
                codeLists(data.select("ontology-code-lists"), uses));
    }

    private static Term term(Row row, Map<String, List<Link>> related, Map<String, Usage> uses) {
        String iri = row.required("term");
        return new Term(localName(iri), name(iri), row.required("kind"), row.text("label"), row.text("definition"),
                row.text("note"), related.getOrDefault("super", List.of()), related.getOrDefault("domain", List.of()),
                related.getOrDefault("range", List.of()), related.getOrDefault("inverse", List.of()),
                related.getOrDefault("values", List.of()), usage(uses, iri));
    }

    /** Term, then relation ("super", "domain", "range", "inverse", "values"), then the terms at the other end. */
    private static Map<String, Map<String, List<Link>>> relations(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> row.required("term"),
                Collectors.groupingBy(row -> row.required("relation"),
                        Collectors.mapping(row -> Link.to(row.required("other"), name(row.required("other"))), Collectors.toList()))));
    }

    /** The rows come ordered by term, then by the label of the thing: the examples are the first few. */
    private static Map<String, Usage> uses(List<Row> rows) {
        Map<String, Map<String, Link>> things = new LinkedHashMap<>();
        for (Row row : rows) {
            String thing = row.required("thing");
            things.computeIfAbsent(row.required("term"), term -> new LinkedHashMap<>())
                    .putIfAbsent(thing, Link.to(thing, row.text("thingLabel").orElse(name(thing))));
        }
        return things.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> new Usage(
                entry.getValue().size(), entry.getValue().values().stream().limit(EXAMPLES).toList())));
    }

    private static List<CodeList> codeLists(List<Row> rows, Map<String, Usage> uses) {
        Map<String, List<Row>> byScheme = rows.stream()
                .collect(Collectors.groupingBy(row -> row.required("scheme"), LinkedHashMap::new, Collectors.toList()));
        Set<String> anchored = new HashSet<>();
        List<CodeList> lists = new ArrayList<>();
        byScheme.forEach((scheme, concepts) -> {
            Row first = concepts.get(0);
            lists.add(new CodeList(localName(scheme), name(scheme), first.text("schemeLabel"), first.text("schemeDefinition"),
                    concepts.stream().filter(row -> row.text("concept").isPresent())
                            .map(row -> concept(row, uses, anchored)).toList()));
        });
        return lists;
    }

    private static Concept concept(Row row, Map<String, Usage> uses, Set<String> anchored) {
        String iri = row.required("concept");
        String id = localName(iri);
        return new Concept(anchored.add(id) ? Optional.of(id) : Optional.empty(), name(iri), row.text("conceptLabel"), row.text("conceptDefinition"),
                usage(uses, iri));
    }

    private static Usage usage(Map<String, Usage> uses, String iri) {
        return uses.getOrDefault(iri, new Usage(0, List.of()));
    }

    /** The anchor of a talks-kg term: its local name, e.g. {@code Participation}. */
    private static String localName(String iri) {
        return iri.substring(Namespaces.TK.length());
    }

    /** E.g. {@code tk:Participation}, {@code foaf:Agent}, {@code xsd:dateTime}; the whole IRI when no prefix fits. */
    private static String name(String iri) {
        return Namespaces.prefixes().shortForm(iri);
    }
}
