package org.talkskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.talkskg.Fixtures.path;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

class SavedQueriesTest {

    private final Path folder = path("tiny/queries");
    private final SavedQueries catalog = new SavedQueries(folder);

    @Test
    void aNameIsTheFileNameWithoutExtensionInTheFolder() {
        assertEquals(folder.resolve("attendees.rq"), catalog.locate("attendees"));

        Query query = catalog.load("attendees");
        assertEquals(List.of("meeting", "name"), query.getResultVars());
    }

    @Test
    void aPathEndingInRqIsTakenAsIs() {
        Path elsewhere = path("bad-queries/ungrouped-variable.rq");

        assertEquals(elsewhere, catalog.locate(elsewhere.toString()));
    }

    @Test
    void anUnknownNameSaysWhereItLooked() {
        QueryFailedException error = assertThrows(QueryFailedException.class, () -> catalog.locate("nobody"));

        assertEquals("No saved query named 'nobody': " + folder.resolve("nobody.rq") + " does not exist", error.getMessage());
    }

    @Test
    void aMissingQueryFileIsReported() {
        QueryFailedException error = assertThrows(QueryFailedException.class, () -> catalog.locate("missing/file.rq"));

        assertEquals("No query file at missing/file.rq", error.getMessage());
    }

    @Test
    void aSyntaxErrorGivesTheFileLineAndColumnOfTheUnexpectedToken() {
        Path file = path("bad-queries/missing-closing-brace.rq");

        QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> catalog.load(file.toString()));

        // Line 4 is "  ?s rdfs:label ?label ." and the file ends there, without the closing brace.
        assertEquals(file, error.file());
        assertEquals(4, error.line());
        assertEquals(25, error.column());
        assertEquals("Encountered \"<EOF>\"", error.problem());
        assertEquals(file + ":4:25: SPARQL syntax error: Encountered \"<EOF>\"", error.getMessage());
    }

    @Test
    void anUndefinedPrefixIsPlacedWhereItIsUsed() {
        Path file = path("bad-queries/undefined-prefix.rq");

        QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> catalog.load(file.toString()));

        assertEquals(file + ":3:8: SPARQL syntax error: Unresolved prefixed name: tk:Meeting", error.getMessage());
    }

    @Test
    void anErrorJenaCannotPlaceIsReportedWithoutAPosition() {
        Path file = path("bad-queries/ungrouped-variable.rq");

        QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> catalog.load(file.toString()));

        assertEquals(-1, error.line());
        assertEquals(file + ": SPARQL error: Non-group key variable in SELECT: ?o", error.getMessage());
    }
}
