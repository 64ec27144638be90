package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.talkskg.Regeneration;
import org.talkskg.graph.Namespaces;

/** The per-term reference in ontology/README.md is what the ontology gives: it cannot drift. */
class OntologyReferenceTest {

    private static final Path ONTOLOGY = Path.of("ontology/talks-kg.ttl");
    private static final Path README = Path.of("ontology/README.md");

    @Test
    void readmeReferenceIsWhatTheOntologyGives() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Regeneration.checkOrWrite(README, OntologyReference.splice(readme, OntologyReference.render(RDFDataMgr.loadModel(ONTOLOGY.toString()))));
    }

    @Test
    void everyTalksKgTermHasAnAnchoredEntry() {
        Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        String reference = OntologyReference.render(ontology);
        int terms = 0;
        for (Resource term : ontology.listSubjectsWithProperty(RDF.type).toList()) {
            if (term.isURIResource() && term.getURI().startsWith(Namespaces.TK)) {
                terms++;
                assertTrue(reference.contains("#### <a id=\"tk-" + term.getLocalName() + "\"></a>tk:" + term.getLocalName() + "\n"),
                        "no entry for " + term);
                assertTrue(reference.contains("IRI `" + term.getURI() + "`"), "no IRI for " + term);
            }
        }
        assertTrue(terms > 150, "the ontology has its terms, found " + terms);
    }

    @Test
    void theEntryShowsSuperTermsDomainRangeInverseCharacteristicsNotesAndExample() {
        String reference = OntologyReference.render(RDFDataMgr.loadModel(ONTOLOGY.toString()));
        String after = entry(reference, "after");
        assertTrue(after.contains("Object property · IRI `https://w3id.org/talks-kg/ontology#after`"), after);
        assertTrue(after.contains("- Domain: [`tk:Event`](#tk-Event)"), after);
        assertTrue(after.contains("- Range: [`tk:Event`](#tk-Event)"), after);
        assertTrue(after.contains("- Inverse of: [`tk:before`](#tk-before)"), after);
        assertTrue(after.contains("- Characteristics: transitive"), after);
        assertTrue(after.contains("- Usage note: Weaker than OWL-Time"), after);
        assertTrue(after.contains("```turtle\n  tkd:kremlin-prepares-ground-for-putin-absence tk:after"), after);
        assertTrue(entry(reference, "before").contains("- Inverse of: [`tk:after`](#tk-after)"), "inverse declared on the other side");
        assertTrue(entry(reference, "inResponseTo").contains("- Sub-property of: [`tk:after`](#tk-after)"));
        assertTrue(entry(reference, "PostHolding").contains("- Sub-class of: [`tk:Membership`](#tk-Membership)"));
        assertTrue(entry(reference, "Membership").contains("`org:member` only [`tk:Actor`](#tk-Actor)"), "restrictions in words");
        assertTrue(entry(reference, "evidence").contains("- Domain: ([`tk:Actor`](#tk-Actor) or "), "unions in words");
        assertTrue(entry(reference, "Former").contains("- In code list: [`tk:MembershipStatusScheme`](#tk-MembershipStatusScheme)"));
    }

    @Test
    void theReferenceFollowsTheOntology() {
        Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        String before = OntologyReference.render(ontology);
        assertEquals(before, OntologyReference.render(RDFDataMgr.loadModel(ONTOLOGY.toString())), "deterministic");

        ontology.getResource(Namespaces.TK + "Former").removeAll(SKOS.example)
                .addProperty(SKOS.example, ontology.createLiteral("A changed example.", "en"));
        String after = OntologyReference.render(ontology);
        assertNotEquals(before, after);
        assertTrue(entry(after, "Former").contains("- Example: A changed example."));
    }

    @Test
    void spliceReplacesOnlyWhatIsBetweenTheMarkers() {
        String text = "# Title\n\nprose\n\n" + OntologyReference.BEGIN + "\nold\nlines\n" + OntologyReference.END + "\n\nmore prose\n";
        assertEquals("# Title\n\nprose\n\n" + OntologyReference.BEGIN + "\nnew\n" + OntologyReference.END + "\n\nmore prose\n",
                OntologyReference.splice(text, "new\n"));
        assertThrows(IllegalArgumentException.class, () -> OntologyReference.splice("no markers\n", "new\n"));
        assertThrows(IllegalArgumentException.class, () -> OntologyReference.splice(
                OntologyReference.END + "\n" + OntologyReference.BEGIN + "\n", "new\n"));
        assertThrows(IllegalArgumentException.class, () -> OntologyReference.splice(
                text + OntologyReference.BEGIN + "\n" + OntologyReference.END + "\n", "new\n"));
    }

    /** The entry of one term: from its heading to the next heading. */
    private static String entry(String reference, String localName) {
        int start = reference.indexOf("#### <a id=\"tk-" + localName + "\">");
        assertTrue(start >= 0, "no entry for tk:" + localName);
        int end = reference.indexOf("\n#", start + 1);
        return reference.substring(start, end < 0 ? reference.length() : end);
    }
}
