package org.talkskg.validate;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.protege.xmlcatalog.owlapi.XMLCatalogIRIMapper;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RioTurtleDocumentFormat;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.UnloadableImportException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * Loads an entry ontology the way Protégé 5.6 does (OWL API 4.5.29, the catalog-v001.xml next
 * to the file, no network) and lists everything that would make Protégé show something other
 * than what the files say: a missing import, a non-Turtle parse, dropped triples, guessed
 * declarations, OWL 2 DL violations, inconsistency, unsatisfiable classes (strict HermiT).
 */
final class ProtegeLoadCheck {

    /** What a load gave: the IRIs of the ontologies in the imports closure, and every finding. */
    record Result(Set<String> ontologyIris, List<Finding> findings) {}

    /** What one check found: which check, and a readable description of each finding. */
    record Finding(String check, String detail) {
        @Override
        public String toString() {
            return check + ": " + detail;
        }
    }

    private ProtegeLoadCheck() {
    }

    static Result check(Path entryFile) throws IOException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        File catalog = entryFile.resolveSibling("catalog-v001.xml").toFile();
        if (catalog.isFile()) {
            manager.getIRIMappers().add(new XMLCatalogIRIMapper(catalog));
        }
        List<Finding> findings = new ArrayList<>();
        OWLOntology entry;
        try {
            entry = manager.loadOntologyFromOntologyDocument(entryFile.toFile());
        } catch (OWLOntologyCreationException | UnloadableImportException e) {
            findings.add(new Finding("load", firstLine(e.getMessage())));
            return new Result(Set.of(), findings);
        }
        Set<String> ontologyIris = new TreeSet<>();
        for (OWLOntology ontology : manager.getImportsClosure(entry)) {
            if (ontology.getOntologyID().getOntologyIRI().isPresent()) {
                ontologyIris.add(ontology.getOntologyID().getOntologyIRI().get().toString());
            }
            checkDocument(manager, ontology, findings);
        }
        for (OWLProfileViolation violation : new OWL2DLProfile().checkOntology(entry).getViolations()) {
            findings.add(new Finding("OWL 2 DL", violation.toString()));
        }
        checkReasoning(entry, findings);
        return new Result(ontologyIris, findings);
    }

    /**
     * The reasoning findings (inconsistency, unsatisfiable classes) of the entry ontology's imports
     * closure together with the axioms of a further Turtle document, such as the axioms the source
     * vocabularies state about the foreign terms the graph uses.
     */
    static List<Finding> reasonWith(Path entryFile, String extraTurtle) throws IOException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        File catalog = entryFile.resolveSibling("catalog-v001.xml").toFile();
        if (catalog.isFile()) {
            manager.getIRIMappers().add(new XMLCatalogIRIMapper(catalog));
        }
        List<Finding> findings = new ArrayList<>();
        try {
            OWLOntology entry = manager.loadOntologyFromOntologyDocument(entryFile.toFile());
            OWLOntology extra = manager.loadOntologyFromOntologyDocument(new StringDocumentSource(extraTurtle));
            Set<OWLAxiom> axioms = new HashSet<>(extra.getAxioms());
            manager.getImportsClosure(entry).forEach(ontology -> axioms.addAll(ontology.getAxioms()));
            checkReasoning(manager.createOntology(axioms), findings);
        } catch (OWLOntologyCreationException | UnloadableImportException e) {
            findings.add(new Finding("load", firstLine(e.getMessage())));
        }
        return findings;
    }

    private static void checkDocument(OWLOntologyManager manager, OWLOntology ontology, List<Finding> findings) {
        IRI document = manager.getOntologyDocumentIRI(ontology);
        String name = ontology.getOntologyID().getOntologyIRI().or(document).toString();
        if (!"file".equals(document.getScheme())) {
            findings.add(new Finding("offline", name + " was not loaded from a local file but from " + document));
        }
        OWLDocumentFormat format = manager.getOntologyFormat(ontology);
        if (!(format instanceof TurtleDocumentFormat || format instanceof RioTurtleDocumentFormat)) {
            findings.add(new Finding("format", name + " was parsed as " + format + ", not as Turtle"));
        }
        OWLOntologyLoaderMetaData metaData = format == null ? null : format.getOntologyLoaderMetaData();
        if (metaData instanceof RDFParserMetaData rdf) {
            rdf.getUnparsedTriples().forEach(t -> findings.add(new Finding("unparsed triple", name + ": " + t)));
            rdf.getGuessedDeclarations().asMap().forEach((iri, types) ->
                    findings.add(new Finding("guessed declaration", name + ": " + iri + " guessed as " + types)));
        }
    }

    private static void checkReasoning(OWLOntology entry, List<Finding> findings) {
        // Strict HermiT (not the lenient factory Protégé's menu uses): unsupported datatypes throw.
        Reasoner reasoner;
        try {
            reasoner = new Reasoner(new Configuration(), entry);
        } catch (RuntimeException e) {
            findings.add(new Finding("reasoner", firstLine(e.toString())));
            return;
        }
        try {
            if (!reasoner.isConsistent()) {
                findings.add(new Finding("consistency", "the ontology is inconsistent"));
                return;
            }
            reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()
                    .forEach(c -> findings.add(new Finding("unsatisfiable class", c.getIRI().toString())));
        } catch (RuntimeException e) {
            findings.add(new Finding("reasoner", firstLine(e.toString())));
        } finally {
            reasoner.dispose();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
