package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkskg.graph.Namespaces;

/** Every term is declared, labelled, defined and attributed; the data uses declared terms only. */
class OntologyContractTest {

    private static final String ONTOLOGY_IRI = "https://w3id.org/talks-kg/ontology";
    private static final List<Resource> TERM_TYPES = List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, SKOS.Concept, SKOS.ConceptScheme);
    /** Built into RDF, RDFS and OWL themselves: used without declaration. */
    private static final Set<String> BUILT_IN = Set.of(RDF.uri, RDFS.uri, OWL2.NS, XSD.NS, SHACLM.NS);
    /** Constraint and target parameters whose value is a class or a property. */
    private static final Set<Property> SHAPE_TERM_OBJECTS = Set.of(SHACLM.class_, SHACLM.targetClass, SHACLM.targetSubjectsOf,
            SHACLM.targetObjectsOf, SHACLM.lessThan, SHACLM.lessThanOrEquals, SHACLM.equals, SHACLM.disjoint, SHACLM.datatype);
    private static final Pattern PREFIXED_NAME = Pattern.compile("\\b([A-Za-z][\\w-]*):([A-Za-z_][\\w-]*)");


    /**
     * What the source vocabularies themselves state about the foreign terms talks-kg declares: their
     * OWL typing and the domain, range, inverse, sub-class, sub-property, equivalence and disjointness
     * axioms of the source. talks-kg may repeat any of these (or state none of them) and nothing else:
     * a foreign term's subject position is the source's, not ours (OOPS! P40, namespace hijacking).
     * The table is also added to the graph in {@link ProtegeLoadTest} to check that the graph stays
     * consistent with the sources' own axioms, including those talks-kg does not repeat.
     */
    static final String SOURCE_AXIOMS = """
        @prefix owl:     <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
        @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix vann:    <http://purl.org/vocab/vann/> .
        @prefix prov:    <http://www.w3.org/ns/prov#> .
        @prefix org:     <http://www.w3.org/ns/org#> .
        @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
        @prefix sem:     <http://semanticweb.cs.vu.nl/2009/11/sem/> .
        @prefix nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix time:    <http://www.w3.org/2006/time#> .

        # PROV-O, W3C Recommendation 30 April 2013 (https://www.w3.org/TR/prov-o/), http://www.w3.org/ns/prov-o
        prov:Agent a owl:Class .
        prov:Person a owl:Class ; rdfs:subClassOf prov:Agent .
        prov:Organization a owl:Class ; rdfs:subClassOf prov:Agent .
        prov:Activity a owl:Class ; owl:disjointWith prov:Entity .
        prov:Entity a owl:Class .
        prov:wasInfluencedBy a owl:ObjectProperty .
        prov:wasAssociatedWith a owl:ObjectProperty ; rdfs:domain prov:Activity ; rdfs:range prov:Agent ;
            rdfs:subPropertyOf prov:wasInfluencedBy .
        prov:wasDerivedFrom a owl:ObjectProperty ; rdfs:domain prov:Entity ; rdfs:range prov:Entity ;
            rdfs:subPropertyOf prov:wasInfluencedBy .

        # W3C ORG, W3C Recommendation 16 January 2014 (https://www.w3.org/TR/vocab-org/), http://www.w3.org/ns/org.ttl.
        # org:role's domain there is the union of org:Membership and org:Post.
        org:Organization a owl:Class ; rdfs:subClassOf foaf:Agent ; owl:equivalentClass foaf:Organization .
        org:Membership a owl:Class .
        org:Role a owl:Class ; rdfs:subClassOf skos:Concept .
        org:memberOf a owl:ObjectProperty ; rdfs:domain foaf:Agent ; rdfs:range org:Organization ; owl:inverseOf org:hasMember .
        org:hasMember a owl:ObjectProperty ; rdfs:domain org:Organization ; rdfs:range foaf:Agent ; owl:inverseOf org:memberOf ;
            owl:equivalentProperty foaf:member .
        org:member a owl:ObjectProperty ; rdfs:domain org:Membership ; rdfs:range foaf:Agent ; owl:inverseOf org:hasMembership .
        org:hasMembership a owl:ObjectProperty ; rdfs:domain foaf:Agent ; rdfs:range org:Membership ; owl:inverseOf org:member .
        org:organization a owl:ObjectProperty ; rdfs:domain org:Membership ; rdfs:range org:Organization .
        org:role a owl:ObjectProperty ; rdfs:range org:Role .
        org:memberDuring a owl:ObjectProperty ; rdfs:domain org:Membership ; rdfs:range time:Interval .
        time:Interval a owl:Class .

        # FOAF Vocabulary Specification 0.99 (http://xmlns.com/foaf/spec/), http://xmlns.com/foaf/spec/index.rdf
        foaf:Agent a owl:Class .
        foaf:Person a owl:Class ; rdfs:subClassOf foaf:Agent ; owl:disjointWith foaf:Organization , foaf:Document .
        foaf:Organization a owl:Class ; rdfs:subClassOf foaf:Agent ; owl:disjointWith foaf:Person , foaf:Document .
        foaf:Document a owl:Class ; owl:disjointWith foaf:Organization .
        foaf:member a owl:ObjectProperty ; rdfs:range foaf:Agent .

        # SEM, the Simple Event Model (http://semanticweb.cs.vu.nl/2009/11/sem/), sem.rdf
        sem:Core a owl:Class .
        sem:Authority a owl:Class .
        sem:Constraint a owl:Class .
        sem:View a owl:Class ; rdfs:subClassOf sem:Constraint .
        sem:Event a owl:Class ; rdfs:subClassOf sem:Core .
        sem:Actor a owl:Class ; rdfs:subClassOf sem:Core , sem:Authority .
        sem:Place a owl:Class ; rdfs:subClassOf sem:Core .
        sem:Role a owl:Class ; rdfs:subClassOf sem:Constraint .
        sem:eventProperty a owl:ObjectProperty .
        sem:hasActor a owl:ObjectProperty ; rdfs:subPropertyOf sem:eventProperty ; rdfs:range sem:Actor .
        sem:hasPlace a owl:ObjectProperty ; rdfs:subPropertyOf sem:eventProperty ; rdfs:range sem:Place .
        sem:accordingTo a owl:ObjectProperty ; rdfs:domain sem:View ; rdfs:range sem:Authority .
        sem:hasSubEvent a owl:ObjectProperty ; owl:inverseOf sem:subEventOf .
        sem:subEventOf a owl:ObjectProperty .

        # NIF 2.0 Core Ontology (http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#), nif-core.ttl
        nif:String a owl:Class .
        nif:Context a owl:Class ; rdfs:subClassOf nif:String .
        nif:URIScheme a owl:Class ; rdfs:subClassOf nif:String .
        nif:CString a owl:Class ; rdfs:subClassOf nif:URIScheme .
        nif:OffsetBasedString a owl:Class ; rdfs:subClassOf nif:CString .
        nif:Structure a owl:Class ; rdfs:subClassOf nif:String .
        nif:Sentence a owl:Class ; rdfs:subClassOf nif:Structure .
        nif:Phrase a owl:Class ; rdfs:subClassOf nif:Structure .
        nif:referenceContext a owl:ObjectProperty , owl:FunctionalProperty ; rdfs:domain nif:String ; rdfs:range nif:Context .
        nif:beginIndex a owl:DatatypeProperty , owl:FunctionalProperty ; rdfs:domain nif:String ; rdfs:range xsd:nonNegativeInteger .
        nif:endIndex a owl:DatatypeProperty , owl:FunctionalProperty ; rdfs:domain nif:String ; rdfs:range xsd:nonNegativeInteger .
        nif:anchorOf a owl:DatatypeProperty ; rdfs:domain nif:String .
        nif:isString a owl:DatatypeProperty , owl:FunctionalProperty ; rdfs:domain nif:Context ; rdfs:subPropertyOf nif:anchorOf .

        # SKOS Reference, W3C Recommendation 18 August 2009 (https://www.w3.org/TR/skos-reference/), skos.rdf
        skos:Concept a owl:Class .
        skos:ConceptScheme a owl:Class ; owl:disjointWith skos:Concept .
        skos:inScheme a owl:ObjectProperty ; rdfs:range skos:ConceptScheme .
        skos:hasTopConcept a owl:ObjectProperty ; rdfs:domain skos:ConceptScheme ; rdfs:range skos:Concept ; owl:inverseOf skos:topConceptOf .
        skos:topConceptOf a owl:ObjectProperty ; rdfs:subPropertyOf skos:inScheme ; rdfs:domain skos:Concept ;
            rdfs:range skos:ConceptScheme ; owl:inverseOf skos:hasTopConcept .
        skos:prefLabel a owl:AnnotationProperty ; rdfs:subPropertyOf rdfs:label .
        skos:altLabel a owl:AnnotationProperty ; rdfs:subPropertyOf rdfs:label .
        skos:hiddenLabel a owl:AnnotationProperty ; rdfs:subPropertyOf rdfs:label .
        skos:note a owl:AnnotationProperty .
        skos:definition a owl:AnnotationProperty ; rdfs:subPropertyOf skos:note .
        skos:example a owl:AnnotationProperty ; rdfs:subPropertyOf skos:note .
        skos:scopeNote a owl:AnnotationProperty ; rdfs:subPropertyOf skos:note .
        skos:editorialNote a owl:AnnotationProperty ; rdfs:subPropertyOf skos:note .
        skos:semanticRelation a owl:ObjectProperty ; rdfs:domain skos:Concept ; rdfs:range skos:Concept .
        skos:broader a owl:ObjectProperty ; rdfs:subPropertyOf skos:semanticRelation .
        skos:mappingRelation a owl:ObjectProperty ; rdfs:subPropertyOf skos:semanticRelation .
        skos:closeMatch a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf skos:mappingRelation .
        skos:exactMatch a owl:ObjectProperty , owl:TransitiveProperty ; rdfs:subPropertyOf skos:closeMatch .
        skos:broadMatch a owl:ObjectProperty ; rdfs:subPropertyOf skos:mappingRelation , skos:broader .

        # DCMI Metadata Terms (https://www.dublincore.org/specifications/dublin-core/dcmi-terms/) types its terms
        # rdf:Property only. OWL 2 DL needs one of the three OWL property kinds; an annotation property is the
        # one that adds no axiom, and the one OWL tools use for these terms.
        dcterms:title a owl:AnnotationProperty .
        dcterms:description a owl:AnnotationProperty .
        dcterms:license a owl:AnnotationProperty .
        dcterms:creator a owl:AnnotationProperty .
        dcterms:created a owl:AnnotationProperty .
        dcterms:source a owl:AnnotationProperty .
        dcterms:bibliographicCitation a owl:AnnotationProperty .

        # VANN (https://vocab.org/vann/), vann-vocab-20100607.rdf
        vann:preferredNamespacePrefix a owl:AnnotationProperty .
        vann:preferredNamespaceUri a owl:AnnotationProperty .
        """;

    /** The annotations talks-kg may give a foreign term: its name and the source's definition, not new meaning. */
    private static final Set<Property> FOREIGN_TERM_ANNOTATIONS = Set.of(RDFS.label, SKOS.definition, RDFS.isDefinedBy, RDFS.comment);
    /** Symmetric axioms: with a foreign object they say as much about the foreign term as about the subject. */
    private static final Set<Property> EQUIVALENCES = Set.of(OWL2.equivalentClass, OWL2.equivalentProperty);
    private static final String TALKS_KG = "https://w3id.org/talks-kg/";

    /** The prefixes a Turtle skos:example may use without declaring them. */
    private static final String EXAMPLE_PREFIXES = """
            @prefix tk:   <https://w3id.org/talks-kg/ontology#> .
            @prefix tkd:  <https://w3id.org/talks-kg/id/> .
            @prefix art:  <https://w3id.org/talks-kg/id/article#> .
            @prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org:  <http://www.w3.org/ns/org#> .
            @prefix nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            """;

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
    void everyTalksKgTermHasAnEnglishExample() {
        Set<String> withoutExample = new TreeSet<>();
        for (Resource term : declaredTerms()) {
            if (term.getURI().startsWith(Namespaces.TK) && ontology.listObjectsOfProperty(term, SKOS.example).toList().stream()
                    .noneMatch(example -> example.isLiteral() && "en".equals(example.asLiteral().getLanguage()))) {
                withoutExample.add(term.getURI());
            }
        }
        assertEquals(Set.of(), withoutExample, "talks-kg terms without an English skos:example");
    }

    /**
     * An example written as Turtle (it starts with a tkd: or art: name) is drawn from the data: it
     * parses, with the usual prefixes, and the shipped graph holds every triple of it. Examples in
     * words are for terms the data does not use.
     */
    @Test
    void turtleExamplesStateOnlyWhatTheGraphStates() throws IOException {
        Model graph = ModelFactory.createDefaultModel().add(ontology);
        for (Path file : turtleFiles(Path.of("data"))) {
            RDFDataMgr.read(graph, file.toString());
        }
        List<String> wrong = new ArrayList<>();
        int turtle = 0;
        for (Statement example : ontology.listStatements(null, SKOS.example, (RDFNode) null).toList()) {
            String text = example.getString();
            if (!example.getSubject().getURI().startsWith(Namespaces.TK) || !(text.startsWith("tkd:") || text.startsWith("art:"))) {
                continue;
            }
            turtle++;
            Model snippet;
            try {
                snippet = RDFParser.fromString(EXAMPLE_PREFIXES + text, Lang.TURTLE).toModel();
            } catch (RuntimeException e) {
                wrong.add(example.getSubject().getLocalName() + ": not Turtle: " + e.getMessage());
                continue;
            }
            snippet.listStatements().forEach(triple -> {
                if (!graph.contains(triple)) {
                    wrong.add(example.getSubject().getLocalName() + ": the graph does not state "
                            + FmtUtils.stringForTriple(triple.asTriple(), Namespaces.prefixes()));
                }
            });
        }
        assertEquals(List.of(), wrong);
        assertTrue(turtle > 100, "most examples are Turtle from the data, found " + turtle);
    }

    @Test
    void dataAndShapesUseOnlyDeclaredTerms() throws IOException {
        Set<String> declared = new TreeSet<>();
        declaredTerms().forEach(term -> declared.add(term.getURI()));
        Set<String> undeclared = new TreeSet<>();
        for (Path file : turtleFiles(Path.of("data"))) {
            Model data = RDFDataMgr.loadModel(file.toString());
            for (Statement statement : data.listStatements().toList()) {
                checkDeclared(statement.getPredicate(), declared, undeclared, file);
                if (statement.getPredicate().equals(RDF.type)) {
                    checkDeclared(statement.getObject(), declared, undeclared, file);
                }
                if (isTalksKgTerm(statement.getObject())) {
                    checkDeclared(statement.getObject(), declared, undeclared, file);
                }
            }
        }
        Path shapesFile = Path.of("ontology/shapes.ttl");
        termsUsedByShapes(RDFDataMgr.loadModel(shapesFile.toString()))
                .forEach(term -> checkDeclared(term, declared, undeclared, shapesFile));
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void theShapeTermsAreFoundInPathsClassesTargetsListsAndSparql() {
        Model shapes = RDFParser.fromString("""
                @prefix sh:   <http://www.w3.org/ns/shacl#> .
                @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
                @prefix tk:   <https://w3id.org/talks-kg/ontology#> .
                @prefix org:  <http://www.w3.org/ns/org#> .
                @prefix ex:   <https://example.org/> .
                ex:prefixes sh:declare [ sh:prefix "tk" ; sh:namespace "https://w3id.org/talks-kg/ontology#"^^xsd:anyURI ] .
                ex:shape a sh:NodeShape ;
                    sh:targetClass tk:A ; sh:targetSubjectsOf org:b ;
                    sh:property [ sh:path ( tk:c [ sh:inversePath org:d ] ) ; sh:class tk:E ; sh:lessThan tk:f ] ;
                    sh:property [ sh:path tk:g ; sh:in ( tk:H tk:I ) ] ;
                    sh:sparql [ sh:prefixes ex:prefixes ; sh:select "SELECT $this WHERE { $this tk:j ?x }" ] .
                """, Lang.TURTLE).toModel();

        assertEquals(List.of("http://www.w3.org/ns/org#b", "http://www.w3.org/ns/org#d",
                "https://w3id.org/talks-kg/ontology#A", "https://w3id.org/talks-kg/ontology#E",
                "https://w3id.org/talks-kg/ontology#H", "https://w3id.org/talks-kg/ontology#I",
                "https://w3id.org/talks-kg/ontology#c", "https://w3id.org/talks-kg/ontology#f",
                "https://w3id.org/talks-kg/ontology#g", "https://w3id.org/talks-kg/ontology#j"),
                termsUsedByShapes(shapes).stream().map(Resource::getURI).toList());
    }

    @Test
    void foreignTermsCarryOnlyTheAxiomsTheirSourcesState() throws IOException {
        Model sources = sourceAxioms();
        List<String> hijacking = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Path.of("ontology/talks-kg.ttl"), Path.of("ontology/shapes.ttl")));
        files.addAll(turtleFiles(Path.of("data")));
        for (Path file : files) {
            hijackingAxioms(RDFDataMgr.loadModel(file.toString()), sources)
                    .forEach(axiom -> hijacking.add(file + ": " + axiom));
        }
        assertEquals(List.of(), hijacking, "axioms on other vocabularies' terms that their sources do not state");
    }

    @Test
    void theHijackingCheckFindsNewAxiomsOnForeignTerms() {
        Model model = RDFParser.fromString("""
                @prefix tk:   <https://w3id.org/talks-kg/ontology#> .
                @prefix org:  <http://www.w3.org/ns/org#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                @prefix owl:  <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                org:member a owl:ObjectProperty ; rdfs:domain org:Membership ; rdfs:range tk:Actor ;
                    rdfs:label "member"@en ; skos:definition "Indicates the Person (or other Agent including Organization) involved in the Membership relationship."@en .
                skos:exactMatch a owl:AnnotationProperty .
                tk:Holding owl:equivalentClass org:Membership .
                [] a owl:AllDisjointClasses ; owl:members ( tk:Actor nif:String skos:Concept ) .
                """, Lang.TURTLE).toModel();

        assertEquals(List.of(
                "org:member rdfs:range tk:Actor",
                "owl:AllDisjointClasses makes nif:String and skos:Concept disjoint",
                "skos:exactMatch rdf:type owl:AnnotationProperty",
                "tk:Holding owl:equivalentClass org:Membership"),
                hijackingAxioms(model, sourceAxioms()));
    }

    /**
     * The axioms of a model that say something about a term of another vocabulary which its source does
     * not say: a triple with a foreign subject other than a declaration and the name, definition and
     * origin annotations; an equivalence with a foreign term; two foreign classes in one
     * owl:AllDisjointClasses. Sorted.
     */
    static List<String> hijackingAxioms(Model model, Model sources) {
        Set<String> found = new TreeSet<>();
        for (Statement statement : model.listStatements().toList()) {
            boolean foreignSubject = isForeign(statement.getSubject()) && !FOREIGN_TERM_ANNOTATIONS.contains(statement.getPredicate());
            boolean foreignEquivalent = EQUIVALENCES.contains(statement.getPredicate()) && isForeign(statement.getObject());
            if ((foreignSubject || foreignEquivalent) && !sources.contains(statement)) {
                found.add(FmtUtils.stringForTriple(statement.asTriple(), Namespaces.prefixes()));
            }
        }
        for (Resource disjoint : model.listSubjectsWithProperty(RDF.type, OWL2.AllDisjointClasses).toList()) {
            List<RDFNode> foreign = disjoint.getPropertyResourceValue(OWL2.members).as(RDFList.class).asJavaList().stream()
                    .filter(OntologyContractTest::isForeign).toList();
            for (int i = 0; i < foreign.size(); i++) {
                for (int j = i + 1; j < foreign.size(); j++) {
                    Resource a = foreign.get(i).asResource();
                    Resource b = foreign.get(j).asResource();
                    if (!sources.contains(a, OWL2.disjointWith, b) && !sources.contains(b, OWL2.disjointWith, a)) {
                        found.add("owl:AllDisjointClasses makes " + FmtUtils.stringForNode(a.asNode(), Namespaces.prefixes())
                                + " and " + FmtUtils.stringForNode(b.asNode(), Namespaces.prefixes()) + " disjoint");
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The terms a shapes graph relies on: the properties of every sh:path (sequence, inverse and other
     * paths included), the objects of sh:class, sh:targetClass, sh:targetSubjectsOf, sh:targetObjectsOf
     * and the property pair constraints, every talks-kg term anywhere in it (sh:in lists included), and
     * the prefixed names, under the prefixes the shapes declare, in their SPARQL constraints. Sorted.
     */
    static List<Resource> termsUsedByShapes(Model shapes) {
        Set<String> terms = new TreeSet<>();
        for (Statement statement : shapes.listStatements().toList()) {
            Property predicate = statement.getPredicate();
            if (predicate.equals(SHACLM.path)) {
                addPathProperties(statement.getObject(), terms);
            } else if (SHAPE_TERM_OBJECTS.contains(predicate) && statement.getObject().isURIResource()) {
                terms.add(statement.getObject().asResource().getURI());
            }
            for (RDFNode node : List.of(statement.getSubject(), statement.getObject())) {
                if (isTalksKgTerm(node)) {
                    terms.add(node.asResource().getURI());
                }
            }
        }
        Map<String, String> prefixes = new TreeMap<>();
        shapes.listObjectsOfProperty(SHACLM.declare).forEachRemaining(declaration -> prefixes.put(
                declaration.asResource().getProperty(SHACLM.prefix).getString(),
                declaration.asResource().getProperty(SHACLM.namespace).getString()));
        for (RDFNode select : shapes.listObjectsOfProperty(SHACLM.select).toList()) {
            Matcher name = PREFIXED_NAME.matcher(select.asLiteral().getString());
            while (name.find()) {
                if (prefixes.containsKey(name.group(1))) {
                    terms.add(prefixes.get(name.group(1)) + name.group(2));
                }
            }
        }
        return terms.stream().map(shapes::createResource).toList();
    }

    private static void addPathProperties(RDFNode path, Set<String> terms) {
        if (path.isURIResource()) {
            terms.add(path.asResource().getURI());
        } else if (path.canAs(RDFList.class) && path.as(RDFList.class).isValid()) {
            path.as(RDFList.class).iterator().forEachRemaining(step -> addPathProperties(step, terms));
        } else if (path.isAnon()) {
            for (Property operator : List.of(SHACLM.inversePath, SHACLM.alternativePath, SHACLM.zeroOrMorePath, SHACLM.oneOrMorePath, SHACLM.zeroOrOnePath)) {
                Statement inner = path.asResource().getProperty(operator);
                if (inner != null) {
                    addPathProperties(inner.getObject(), terms);
                }
            }
        }
    }

    private static boolean isTalksKgTerm(RDFNode node) {
        return node.isURIResource() && node.asResource().getURI().startsWith(Namespaces.TK);
    }

    static Model sourceAxioms() {
        return RDFParser.fromString(SOURCE_AXIOMS, Lang.TURTLE).toModel();
    }

    /** A term of another vocabulary: an IRI outside talks-kg's own https://w3id.org/talks-kg/. */
    private static boolean isForeign(RDFNode node) {
        return node.isURIResource() && !node.asResource().getURI().startsWith(TALKS_KG);
    }

    private static List<Path> turtleFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
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
