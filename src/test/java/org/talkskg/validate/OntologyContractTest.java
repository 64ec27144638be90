package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.graph.Namespaces;

/** Every term is declared, labelled, defined and attributed; the data uses declared terms only. */
class OntologyContractTest {

    private static final String ONTOLOGY_IRI = "https://w3id.org/talks-kg/ontology";
    private static final List<Resource> TERM_TYPES = List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, SKOS.Concept, SKOS.ConceptScheme);
    /** Built into RDF, RDFS and OWL themselves: used without declaration. */
    private static final Set<String> BUILT_IN = Set.of(RDF.uri, RDFS.uri, OWL2.NS);

    private static Model ontology;

    @BeforeAll
    static void readOntology() {
        ontology = RDFDataMgr.loadModel("ontology/talks-kg.ttl");
    }

    @Test
    void everyTermHasAnEnglishLabelADefinitionAndIsDefinedBy() {
        Set<String> incomplete = new TreeSet<>();
        for (Resource term : declaredTerms()) {
            boolean labelled = ontology.listObjectsOfProperty(term, RDFS.label).toList().stream()
                    .anyMatch(label -> label.isLiteral() && "en".equals(label.asLiteral().getLanguage()));
            boolean defined = term.hasProperty(SKOS.definition) || term.hasProperty(RDFS.comment);
            boolean attributed = term.hasProperty(RDFS.isDefinedBy);
            if (!labelled || !defined || !attributed) {
                incomplete.add(term.getURI() + (labelled ? "" : " [no English label]")
                        + (defined ? "" : " [no definition]") + (attributed ? "" : " [no rdfs:isDefinedBy]"));
            }
        }
        assertEquals(Set.of(), incomplete);
        assertTrue(declaredTerms().size() > 150, "the ontology declares its terms");
    }

    @Test
    void talksKgTermsAreDefinedByThisOntology() {
        Set<String> wrong = new TreeSet<>();
        for (Resource term : declaredTerms()) {
            if (term.getURI().startsWith(Namespaces.TK)
                    && !term.hasProperty(RDFS.isDefinedBy, ontology.createResource(ONTOLOGY_IRI))) {
                wrong.add(term.getURI());
            }
        }
        assertEquals(Set.of(), wrong);
    }

    @Test
    void headerHasTitleDescriptionLicenseVersionCreatorAndPrefix() {
        Resource header = ontology.getResource(ONTOLOGY_IRI);
        assertTrue(header.hasProperty(RDF.type, OWL2.Ontology));
        for (var property : List.of(DCTerms.title, DCTerms.description, DCTerms.license, DCTerms.creator,
                OWL2.versionIRI, ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"))) {
            assertTrue(header.hasProperty(property), "ontology header lacks " + property);
        }
    }

    @Test
    void dataAndShapesUseOnlyDeclaredTerms() throws IOException {
        Set<String> declared = new TreeSet<>();
        declaredTerms().forEach(term -> declared.add(term.getURI()));
        Set<String> undeclared = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                Model data = RDFDataMgr.loadModel(file.toString());
                for (Statement statement : data.listStatements().toList()) {
                    checkDeclared(statement.getPredicate(), declared, undeclared, file);
                    if (statement.getPredicate().equals(RDF.type)) {
                        checkDeclared(statement.getObject(), declared, undeclared, file);
                    }
                    if (statement.getObject().isURIResource()
                            && statement.getObject().asResource().getURI().startsWith(Namespaces.TK)) {
                        checkDeclared(statement.getObject(), declared, undeclared, file);
                    }
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    private static void checkDeclared(RDFNode node, Set<String> declared, Set<String> undeclared, Path file) {
        String iri = node.asResource().getURI();
        boolean builtIn = BUILT_IN.stream().anyMatch(iri::startsWith);
        if (!builtIn && !declared.contains(iri)) {
            undeclared.add(iri + " in " + file.getFileName());
        }
    }

    private static List<Resource> declaredTerms() {
        return TERM_TYPES.stream()
                .flatMap(type -> ontology.listSubjectsWithProperty(RDF.type, type).toList().stream())
                .filter(Resource::isURIResource)
                .distinct()
                .toList();
    }
}
