package org.talkskg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.Fixtures.path;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.talkskg.graph.Namespaces;

/** How --param values become RDF terms in a query: see param-queries/ under src/test/resources. */
class QueryParametersTest {

    private static final String INJECTION = "x\" } ; DROP ALL ; SELECT * { \"";

    private final SavedQueries catalog = new SavedQueries(path("param-queries"));

    @Test
    void aPrefixedNameWithAKnownPrefixIsAnIri() {
        assertEquals(NodeFactory.createURI(Namespaces.TKD + "kyiv"), node("tkd:kyiv"));
        assertEquals(NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), node("rdfs:label"));
    }

    @Test
    void anIriInAngleBracketsOrAnHttpIriIsThatIri() {
        assertEquals(NodeFactory.createURI("https://example.org/a"), node("<https://example.org/a>"));
        assertEquals(NodeFactory.createURI("https://example.org/a"), node("https://example.org/a"));
        assertEquals(NodeFactory.createURI("https://example.org/a#b"), node("https://example.org/a#b"));
    }

    @Test
    void anythingElseIsAPlainLiteral() {
        assertEquals(NodeFactory.createLiteralString("Volodymyr Zelensky"), node("Volodymyr Zelensky"));
        assertEquals(NodeFactory.createLiteralString("nope:x"), node("nope:x"));
        assertEquals(NodeFactory.createLiteralString("Zelensky: he will"), node("Zelensky: he will"));
        assertEquals(NodeFactory.createLiteralString(INJECTION), node(INJECTION));
        assertEquals(NodeFactory.createLiteralString("} ; DROP ALL"), node("} ; DROP ALL"));
    }

    @Test
    void anInvalidIriIsRefusedNotSpliced() {
        QueryFailedException unclosed = assertThrows(QueryFailedException.class,
                () -> node("<http://x> } ; DROP ALL ; SELECT * { <y>"));
        QueryFailedException open = assertThrows(QueryFailedException.class, () -> node("<http://x> } ; DROP ALL"));
        QueryFailedException bracket = assertThrows(QueryFailedException.class, () -> node("<http://x>y>"));
        QueryFailedException inPrefixedName = assertThrows(QueryFailedException.class, () -> node("tkd:x>y"));
        QueryFailedException relative = assertThrows(QueryFailedException.class, () -> node("<relative/x>"));

        assertTrue(unclosed.getMessage().startsWith("Parameter p: not a valid IRI: http://x> } ; DROP ALL ; SELECT * { <y ("),
                unclosed.getMessage());
        assertTrue(bracket.getMessage().startsWith("Parameter p: not a valid IRI: http://x>y ("), bracket.getMessage());
        assertTrue(inPrefixedName.getMessage().startsWith("Parameter p: not a valid IRI: " + Namespaces.TKD + "x>y ("),
                inPrefixedName.getMessage());
        assertEquals("Parameter p: not a valid IRI: <http://x> } ; DROP ALL (an IRI in <...> must end with >)", open.getMessage());
        assertEquals("Parameter p: not a valid IRI: relative/x (it is relative: it has no scheme such as https:)",
                relative.getMessage());
    }

    @Test
    void theValueReplacesTheVariableInTheParsedQueryAndIsEscapedWhenWrittenOut() {
        Query substituted = QueryParameters.substitute(catalog.get("label-of"), Map.of("thing", INJECTION));

        String text = substituted.serialize();
        assertTrue(text.contains("\"x\\\" } ; DROP ALL ; SELECT * { \\\"\""), text);
        // Written out and read back, it is still one SELECT with the value as one literal.
        Query reparsed = QueryFactory.create(text);
        assertEquals(substituted, reparsed);
        assertTrue(reparsed.isSelectType());
    }

    @Test
    void aDefaultIsUsedWhenNoValueIsGiven() {
        Query substituted = QueryParameters.substitute(catalog.get("with-default"), Map.of());

        assertTrue(substituted.serialize().contains("\"Kiev\""), substituted.serialize());
    }

    @Test
    void anUnknownParameterNamesTheOnesTheQueryTakes() {
        QueryFailedException error = assertThrows(QueryFailedException.class,
                () -> QueryParameters.substitute(catalog.get("label-of"), Map.of("thnig", "x")));

        assertEquals("Query label-of has no parameter 'thnig'; it takes: thing - what to look up: an IRI or a label"
                + " (required); lang - the language of the label (default en)", error.getMessage());
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        QueryFailedException error = assertThrows(QueryFailedException.class,
                () -> QueryParameters.substitute(catalog.get("label-of"), Map.of()));

        assertEquals("Query label-of needs --param thing=VALUE; it takes: thing - what to look up: an IRI or a label"
                + " (required); lang - the language of the label (default en)", error.getMessage());
    }

    @Test
    void aQueryWithoutParametersTakesNone() {
        QueryFailedException error = assertThrows(QueryFailedException.class,
                () -> QueryParameters.substitute(new SavedQueries(path("tiny/queries")).get("attendees"), Map.of("x", "1")));

        assertEquals("Query attendees has no parameter 'x'; it takes no parameters", error.getMessage());
    }

    @Test
    void aQueryThatAssignsAParameterVariableIsReportedAsTheQuerysFault() {
        SavedQuery assigning = catalog.get("assigns-its-parameter");

        QueryFailedException error = assertThrows(QueryFailedException.class,
                () -> QueryParameters.substitute(assigning, Map.of()));

        assertTrue(error.getMessage().startsWith(assigning.file() + ": a parameter's variable cannot be replaced: "),
                error.getMessage());
    }

    private static Node node(String value) {
        return QueryParameters.toNode("p", value, Namespaces.prefixes());
    }
}
