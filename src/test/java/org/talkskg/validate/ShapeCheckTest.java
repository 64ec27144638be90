package org.talkskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.graph.GraphFolders;
import org.talkskg.graph.GraphLoader;

class ShapeCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/shacl");

    @Test
    void shippedGraphConforms() {
        List<Violation> violations = ShapeCheck.run(GraphLoader.load(new GraphFolders(Path.of("ontology"), Path.of("data"))));

        assertEquals(List.of(), violations.stream().map(Violation::describe).toList());
    }

    @Test
    void validBaseFixtureConforms(@TempDir Path data) throws IOException {
        assertEquals(List.of(), violationsOf(data));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        missing-evidence                 | tkd:putin "Vladimir Putin"  tk:evidence: has no evidence: every fact must point at the span of the article it comes from (tk:evidence)
        anchor-mismatch                  | art:offset_15_23  nif:anchorOf is not the text of the article between nif:beginIndex and nif:endIndex
        begin-not-before-end             | art:offset_23_15  nif:beginIndex: must have exactly one nif:beginIndex (xsd:nonNegativeInteger), smaller than nif:endIndex
        attended-planned-meeting         | tkd:participation-zelensky  says the participant attended a meeting that has not been held (only held, ongoing or collapsed meetings can have been attended)
        participation-without-role       | tkd:participation-zelensky  tk:participantRole: must have a tk:participantRole from the participant role scheme
        date-range-reversed              | tkd:offer "An offer earlier this week"  tk:earliestDate: a date range must have one tk:earliestDate (xsd:dateTime), not after its tk:latestDate
        date-without-precision           | tkd:funeral "Funeral"  tk:datePrecision: has a date but no tk:datePrecision (day, month, season or year)
        sanctions-threatened-and-imposed | tkd:sanctions "Sanctions"  a sanction threat is never a sanction in force: it cannot also be tk:ImposedSanctions
        claim-without-source             | tkd:claim "A claim"  tk:claimSource: must be attributed to a source (tk:claimSource): a claim is not a fact the graph asserts
        member-of-non-actor              | tkd:talks "Talks in Istanbul"  is a member of something (org:memberOf) but is not a tk:Actor
        former-membership-also-current   | tkd:membership "Ukraine in the Soviet Union"  has ended (tk:Former) but is also given as a current membership (org:memberOf or org:hasMember)
        """)
    void eachBrokenFixtureGivesItsViolation(String fixture, String expected, @TempDir Path data) throws IOException {
        Files.copy(FIXTURES.resolve(fixture + ".ttl"), data.resolve(fixture + ".ttl"));

        assertEquals(List.of(expected), violationsOf(data));
    }

    @Test
    void nonContentSentenceNeedsAReason(@TempDir Path data) throws IOException {
        Files.copy(FIXTURES.resolve("non-content-without-reason.ttl"), data.resolve("non-content-without-reason.ttl"));

        assertEquals(List.of(
                "art:offset_0_48_sentence  is marked as carrying no content but gives no reason (skos:editorialNote)",
                "art:offset_0_48_sentence  tk:carriesContent: must say whether it carries content (tk:carriesContent true or false)"),
                violationsOf(data));
    }

    private static List<String> violationsOf(Path data) throws IOException {
        Files.copy(FIXTURES.resolve("base.ttl"), data.resolve("base.ttl"));
        return ShapeCheck.run(GraphLoader.load(new GraphFolders(Path.of("ontology"), data)))
                .stream().map(Violation::describe).toList();
    }
}
