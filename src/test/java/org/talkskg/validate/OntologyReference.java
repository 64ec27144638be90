package org.talkskg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.talkskg.graph.Namespaces;

/**
 * Renders the per-term reference of the talks-kg ontology as Markdown, in the manner of the W3C
 * ORG specification: for every class, object, datatype and annotation property, code list and
 * code-list concept of the tk: namespace, an anchored heading, its IRI, label, definition,
 * super-terms, domain, range, inverse, characteristics, usage notes and example. The output depends
 * only on the ontology: terms are sorted by local name, lists of IRIs by their rendering, and it
 * carries no date. The section lives in ontology/README.md between {@link #BEGIN} and {@link #END}.
 */
final class OntologyReference {

    static final String BEGIN = "<!-- reference:begin -->";
    static final String END = "<!-- reference:end -->";

    private static final Map<Resource, String> CHARACTERISTICS = Map.of(
            OWL2.FunctionalProperty, "functional",
            OWL2.InverseFunctionalProperty, "inverse functional",
            OWL2.TransitiveProperty, "transitive",
            OWL2.SymmetricProperty, "symmetric",
            OWL2.AsymmetricProperty, "asymmetric",
            OWL2.ReflexiveProperty, "reflexive",
            OWL2.IrreflexiveProperty, "irreflexive");

    private final Model ontology;

    private OntologyReference(Model ontology) {
        this.ontology = ontology;
    }

    /** The reference section for the tk: terms of an ontology, without the marker lines. */
    static String render(Model ontology) {
        return new OntologyReference(ontology).render();
    }

    /**
     * The text with everything between the marker lines replaced by the section. The markers must
     * each be there once, on lines of their own, BEGIN before END.
     */
    static String splice(String text, String section) {
        int begin = text.indexOf(BEGIN + "\n");
        int end = text.indexOf("\n" + END);
        if (begin < 0 || end < begin || text.indexOf(BEGIN, begin + 1) >= 0 || text.indexOf(END, end + 2) >= 0) {
            throw new IllegalArgumentException("expected one line " + BEGIN + " followed by one line " + END);
        }
        return text.substring(0, begin + BEGIN.length() + 1) + section + text.substring(end + 1);
    }

    private String render() {
        List<Resource> classes = terms(OWL2.Class);
        List<Resource> objectProperties = terms(OWL2.ObjectProperty);
        List<Resource> datatypeProperties = terms(OWL2.DatatypeProperty);
        List<Resource> annotationProperties = terms(OWL2.AnnotationProperty);
        List<Resource> schemes = terms(SKOS.ConceptScheme);
        List<Resource> concepts = terms(SKOS.Concept);

        StringBuilder out = new StringBuilder();
        out.append("## Reference\n\n")
                .append("Every term of the `tk:` namespace (`").append(Namespaces.TK).append("`), generated from\n")
                .append("`talks-kg.ttl` by `OntologyReference` (test code); `OntologyReferenceTest` fails when this\n")
                .append("section differs from what the ontology gives, and `mvn test -Dregenerate` rewrites it. Do not\n")
                .append("edit it by hand.\n\n");
        index(out, "Classes", classes);
        index(out, "Object properties", objectProperties);
        index(out, "Datatype properties", datatypeProperties);
        index(out, "Annotation properties", annotationProperties);
        index(out, "Code lists", schemes);
        index(out, "Code-list concepts", concepts);

        out.append("\n### Classes\n");
        classes.forEach(term -> classEntry(out, term));
        out.append("\n### Object properties\n");
        objectProperties.forEach(term -> propertyEntry(out, term, "Object property"));
        out.append("\n### Datatype properties\n");
        datatypeProperties.forEach(term -> propertyEntry(out, term, "Datatype property"));
        out.append("\n### Annotation properties\n");
        if (annotationProperties.isEmpty()) {
            out.append("\ntalks-kg defines no annotation property of its own; it uses those of SKOS, Dublin Core and VANN.\n");
        }
        annotationProperties.forEach(term -> propertyEntry(out, term, "Annotation property"));
        out.append("\n### Code lists\n");
        schemes.forEach(scheme -> schemeEntry(out, scheme, concepts));
        out.append("\n### Code-list concepts\n");
        concepts.forEach(concept -> conceptEntry(out, concept));
        return out.toString();
    }

    private void index(StringBuilder out, String group, List<Resource> terms) {
        out.append("**").append(group).append(":** ");
        out.append(terms.isEmpty() ? "none" : terms.stream().map(this::link).collect(Collectors.joining(" · ")));
        out.append("\n\n");
    }

    private void classEntry(StringBuilder out, Resource term) {
        heading(out, term, "Class");
        line(out, "Sub-class of", objects(term, RDFS.subClassOf));
        line(out, "Equivalent to", objects(term, OWL2.equivalentClass));
        line(out, "Disjoint with", disjointClasses(term));
        footer(out, term);
    }

    private void propertyEntry(StringBuilder out, Resource term, String kind) {
        heading(out, term, kind);
        line(out, "Sub-property of", objects(term, RDFS.subPropertyOf));
        line(out, "Domain", objects(term, RDFS.domain));
        line(out, "Range", objects(term, RDFS.range));
        TreeSet<String> inverses = new TreeSet<>(objects(term, OWL2.inverseOf));
        ontology.listSubjectsWithProperty(OWL2.inverseOf, term).forEachRemaining(inverse -> inverses.add(show(inverse)));
        line(out, "Inverse of", List.copyOf(inverses));
        line(out, "Characteristics", CHARACTERISTICS.entrySet().stream()
                .filter(characteristic -> term.hasProperty(RDF.type, characteristic.getKey()))
                .map(Map.Entry::getValue).sorted().toList());
        footer(out, term);
    }

    private void schemeEntry(StringBuilder out, Resource scheme, List<Resource> concepts) {
        heading(out, scheme, "Code list (skos:ConceptScheme)");
        line(out, "Concepts", concepts.stream().filter(concept -> concept.hasProperty(SKOS.inScheme, scheme))
                .map(this::link).toList());
        footer(out, scheme);
    }

    private void conceptEntry(StringBuilder out, Resource concept) {
        heading(out, concept, "Concept (skos:Concept)");
        line(out, "In code list", objects(concept, SKOS.inScheme));
        footer(out, concept);
    }

    private void heading(StringBuilder out, Resource term, String kind) {
        out.append("\n#### <a id=\"").append(anchor(term)).append("\"></a>").append(prefixed(term)).append("\n\n");
        out.append(kind).append(" · IRI `").append(term.getURI()).append("`\n\n");
        out.append("**").append(text(term, RDFS.label)).append(".** ").append(text(term, SKOS.definition)).append("\n\n");
    }

    private void footer(StringBuilder out, Resource term) {
        line(out, "Close match", objects(term, SKOS.closeMatch));
        line(out, "Usage note", literals(term, SKOS.scopeNote, true));
        line(out, "Editorial note", literals(term, SKOS.editorialNote, true));
        for (String example : literals(term, SKOS.example, false)) {
            if (example.startsWith("tkd:") || example.startsWith("art:")) {
                out.append("- Example:\n\n  ```turtle\n  ").append(example).append("\n  ```\n");
            } else {
                out.append("- Example: ").append(escape(example)).append("\n");
            }
        }
    }

    private static void line(StringBuilder out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.append("- ").append(name).append(": ").append(String.join(", ", values)).append("\n");
        }
    }

    private List<Resource> terms(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(term -> term.isURIResource() && term.getURI().startsWith(Namespaces.TK))
                .distinct()
                .sorted(Comparator.comparing(Resource::getLocalName))
                .toList();
    }

    /** The classes this one is declared disjoint with, by owl:disjointWith either way or owl:AllDisjointClasses. */
    private List<String> disjointClasses(Resource term) {
        TreeSet<String> disjoint = new TreeSet<>(objects(term, OWL2.disjointWith));
        ontology.listSubjectsWithProperty(OWL2.disjointWith, term).forEachRemaining(other -> disjoint.add(show(other)));
        for (Resource all : ontology.listSubjectsWithProperty(RDF.type, OWL2.AllDisjointClasses).toList()) {
            List<RDFNode> members = all.getPropertyResourceValue(OWL2.members).as(RDFList.class).asJavaList();
            if (members.contains(term)) {
                members.stream().filter(Predicate.not(term::equals)).forEach(member -> disjoint.add(show(member)));
            }
        }
        return List.copyOf(disjoint);
    }

    private List<String> objects(Resource term, Property property) {
        return term.listProperties(property).toList().stream().map(statement -> show(statement.getObject()))
                .sorted().toList();
    }

    private static List<String> literals(Resource term, Property property, boolean escaped) {
        return term.listProperties(property).toList().stream()
                .map(statement -> statement.getObject())
                .filter(RDFNode::isLiteral)
                .map(node -> escaped ? escape(node.asLiteral().getLexicalForm()) : node.asLiteral().getLexicalForm())
                .sorted().toList();
    }

    private static String text(Resource term, Property property) {
        List<String> values = new ArrayList<>();
        for (RDFNode node : term.listProperties(property).toList().stream().map(s -> s.getObject()).toList()) {
            Literal literal = node.asLiteral();
            if ("en".equals(literal.getLanguage()) || literal.getLanguage().isEmpty()) {
                values.add(escape(literal.getLexicalForm()));
            }
        }
        values.sort(null);
        return String.join(" ", values);
    }

    /** A node in Markdown: a tk: term as a link to its entry, another IRI in prefixed form, a class expression in words. */
    private String show(RDFNode node) {
        if (node.isURIResource()) {
            Resource resource = node.asResource();
            return resource.getURI().startsWith(Namespaces.TK) ? link(resource) : "`" + prefixed(resource) + "`";
        }
        if (node.isLiteral()) {
            return "`" + node.asLiteral().getLexicalForm() + "`";
        }
        Resource expression = node.asResource();
        if (expression.hasProperty(OWL2.unionOf)) {
            return members(expression, OWL2.unionOf, " or ");
        }
        if (expression.hasProperty(OWL2.intersectionOf)) {
            return members(expression, OWL2.intersectionOf, " and ");
        }
        if (expression.hasProperty(OWL2.onProperty)) {
            String property = show(expression.getPropertyResourceValue(OWL2.onProperty));
            if (expression.hasProperty(OWL2.allValuesFrom)) {
                return property + " only " + show(expression.getPropertyResourceValue(OWL2.allValuesFrom));
            }
            if (expression.hasProperty(OWL2.someValuesFrom)) {
                return property + " some " + show(expression.getPropertyResourceValue(OWL2.someValuesFrom));
            }
        }
        throw new IllegalArgumentException("no rendering for the class expression " + expression.listProperties().toList());
    }

    private String members(Resource expression, Property operator, String separator) {
        return "(" + expression.getPropertyResourceValue(operator).as(RDFList.class).asJavaList().stream()
                .map(this::show).collect(Collectors.joining(separator)) + ")";
    }

    private String link(Resource term) {
        return "[`" + prefixed(term) + "`](#" + anchor(term) + ")";
    }

    private static String anchor(Resource term) {
        return "tk-" + term.getLocalName();
    }

    private String prefixed(Resource resource) {
        String uri = resource.getURI();
        String shortForm = ontology.shortForm(uri);
        return shortForm.equals(uri) ? "<" + uri + ">" : shortForm;
    }

    /** Text that Markdown would otherwise read as HTML. */
    private static String escape(String text) {
        return text.replace("<", "&lt;").replace("\n", " ");
    }
}
