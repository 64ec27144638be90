package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The graph opens in Protégé 5.6 exactly as written: checked with Protégé's own loading stack. */
class ProtegeLoadTest {

    private static final Path ENTRY = Path.of("data/talks-kg.ttl");
    private static final Pattern CATALOG_NAME = Pattern.compile("<uri name=\"([^\"]+)\"");

    @Test
    void shippedEntryFileLoadsCleanlyAndOffline() throws IOException {
        ProtegeLoadCheck.Result result = ProtegeLoadCheck.check(ENTRY);

        assertEquals(List.of(), result.findings().stream().map(Object::toString).toList());
        Set<String> expected = new TreeSet<>(catalogNames());
        expected.add("https://w3id.org/talks-kg/data");
        assertEquals(expected, result.ontologyIris());
        assertTrue(result.ontologyIris().containsAll(Set.of(
                "https://w3id.org/talks-kg/ontology",
                "https://w3id.org/talks-kg/data/article",
                "https://w3id.org/talks-kg/data/actors",
                "https://w3id.org/talks-kg/data/meetings")));
    }

    /** A module left out of data/talks-kg.ttl or the catalog would be missing in Protégé, though the server loads it. */
    @Test
    void everyDataModuleIsImportedByTheEntryFile() throws IOException {
        Set<String> modules = new TreeSet<>();
        try (var files = Files.list(ENTRY.getParent())) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".ttl") && !name.equals(ENTRY.getFileName().toString()))
                    .forEach(name -> modules.add("https://w3id.org/talks-kg/data/" + name.substring(0, name.length() - ".ttl".length())));
        }

        Set<String> missing = new TreeSet<>(modules);
        missing.removeAll(ProtegeLoadCheck.check(ENTRY).ontologyIris());

        assertEquals(Set.of(), missing);
        assertTrue(modules.contains("https://w3id.org/talks-kg/data/spans"), modules.toString());
    }

    /**
     * talks-kg repeats only some of the axioms the reused vocabularies state about their terms; the
     * graph must stay consistent when someone merges the rest (ORG's ranges make the states that are
     * organisations of posts org:Organizations, SKOS's make whatever has a mapping a skos:Concept).
     */
    @Test
    void shippedGraphStaysConsistentWithTheSourceVocabulariesOwnAxioms() throws IOException {
        assertEquals(List.of(), ProtegeLoadCheck.reasonWith(ENTRY, OntologyContractTest.SOURCE_AXIOMS).stream()
                .map(Object::toString).toList());
    }

    @Test
    void aPersonAsTheOrganisationOfAPostIsInconsistentWithTheSourceAxioms() throws IOException {
        Path fixture = Path.of("src/test/resources/protege/person-as-organisation/entry.ttl");
        assertEquals(List.of(), ProtegeLoadCheck.check(fixture).findings().stream().map(Object::toString).toList(),
                "consistent with talks-kg alone");
        List<ProtegeLoadCheck.Finding> findings = ProtegeLoadCheck.reasonWith(fixture, OntologyContractTest.SOURCE_AXIOMS);
        assertTrue(findings.stream().anyMatch(finding -> finding.check().equals("consistency")), findings::toString);
    }

    @ParameterizedTest(name = "{0} fails the {1} check")
    @CsvSource(delimiter = '|', textBlock = """
        reified-statement   | unparsed triple
        undeclared-property | OWL 2 DL
        xsd-date-value      | OWL 2 DL
        xsd-date-value      | reasoner
        person-and-country  | consistency
        unsatisfiable-class | unsatisfiable class
        not-turtle          | format
        missing-import      | load
        """)
    void eachBrokenFixtureFailsItsCheck(String fixture, String check) throws IOException {
        ProtegeLoadCheck.Result result = ProtegeLoadCheck.check(Path.of("src/test/resources/protege", fixture, "entry.ttl"));

        assertTrue(result.findings().stream().anyMatch(finding -> finding.check().equals(check)),
                () -> "expected a '" + check + "' finding, got " + result.findings());
    }

    private static Set<String> catalogNames() throws IOException {
        Matcher names = CATALOG_NAME.matcher(Files.readString(ENTRY.resolveSibling("catalog-v001.xml")));
        Set<String> iris = new TreeSet<>();
        while (names.find()) {
            iris.add(names.group(1));
        }
        return iris;
    }
}
