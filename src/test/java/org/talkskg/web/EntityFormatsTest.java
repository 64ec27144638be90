package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.graph.Namespaces;

/** /id/NAME over HTTP: which form each request gets, what the RDF forms hold, and unknown IRIs. */
class EntityFormatsTest {

    private static final String ZELENSKY = "id/volodymyr-zelensky";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static Graph zelensky;

    @BeforeAll
    static void fetch() throws Exception {
        zelensky = parse(SERVER.get(ZELENSKY, "text/turtle"), Lang.TURTLE);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        text/turtle                                                                 | text/turtle
        application/ld+json                                                         | application/ld+json
        application/rdf+xml                                                         | application/rdf+xml
        application/n-triples                                                       | application/n-triples
        text/html                                                                   | text/html
        text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8             | text/html
        application/rdf+xml;q=0.5, text/turtle                                      | text/turtle
        */*                                                                         | text/html
        """)
    void theAcceptHeaderChoosesTheForm(String accept, String mediaType) throws Exception {
        HttpResponse<String> response = SERVER.get(ZELENSKY, accept);

        assertEquals(200, response.statusCode());
        assertEquals(mediaType, contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        if (!mediaType.equals("text/html")) {
            assertTrue(parse(response, RDFLanguages.contentTypeToLang(mediaType)).isIsomorphicWith(zelensky), response.body());
        }
    }

    @ParameterizedTest(name = "?format={0}")
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "rdf, application/rdf+xml", "nt, application/n-triples", "html, text/html"})
    void theFormatParameterOverridesAccept(String format, String mediaType) throws Exception {
        HttpResponse<String> response = SERVER.get(ZELENSKY + "?format=" + format, "image/png");

        assertEquals(200, response.statusCode());
        assertEquals(mediaType, contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void withoutAcceptTheAnswerIsThePage() throws Exception {
        HttpResponse<String> response = SERVER.get(ZELENSKY, null);

        assertEquals(200, response.statusCode());
        assertEquals("text/html", contentType(response));
    }

    @Test
    void anUnknownFormatIsABadRequestAndAnUnmetAcceptIsNotAcceptable() throws Exception {
        HttpResponse<String> unknown = SERVER.get(ZELENSKY + "?format=pdf", null);
        HttpResponse<String> unmet = SERVER.get(ZELENSKY, "image/png");

        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().startsWith("Unknown format 'pdf'. Offered: text/html (?format=html), text/turtle (?format=ttl)"),
                unknown.body());
        assertEquals(406, unmet.statusCode());
        assertTrue(unmet.body().startsWith("None of the forms asked for (Accept: image/png) is offered"), unmet.body());
        assertEquals("Accept", unknown.headers().firstValue("Vary").orElse(""));
        assertEquals("Accept", unmet.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void theDescriptionHoldsTheEntityBothWaysItsFactsAndTheirEvidence() {
        Node person = tkd("volodymyr-zelensky");
        Node participation = tkd("participation-zelensky-zelensky-putin-meeting");

        assertTrue(zelensky.contains(person, iri(RDFS_LABEL), NodeFactory.createLiteralLang("Volodymyr Zelensky", "en")));
        // Pointing at it: his post, and his participation with all its triples.
        assertTrue(zelensky.contains(tkd("post-zelensky-president-of-ukraine"), iri(Namespaces.ORG + "member"), person));
        assertTrue(zelensky.contains(participation, iri(Namespaces.TK + "inMeeting"), tkd("zelensky-putin-meeting")));
        assertTrue(zelensky.contains(participation, iri(Namespaces.TK + "expectationSource"), tkd("zelensky-announces-trip-to-turkiye")));
        // The spans cited by him and by that participation, without the whole text they are cut from.
        assertTrue(zelensky.contains(iri(Namespaces.ARTICLE + "offset_26_44"), iri(Namespaces.NIF + "anchorOf"),
                NodeFactory.createLiteralString("Voldy Mil Zelensky")));
        assertTrue(zelensky.contains(iri(Namespaces.ARTICLE + "offset_1872_1914"), iri(Namespaces.NIF + "anchorOf"),
                NodeFactory.createLiteralString("he was planning to travel to Turkey itself")));
        assertFalse(zelensky.contains(Node.ANY, iri(Namespaces.NIF + "isString"), Node.ANY));
        // The labels of what it links to, so that a server can show them.
        assertTrue(zelensky.contains(participation, iri(RDFS_LABEL),
                NodeFactory.createLiteralLang("Zelensky at the proposed meeting with Putin (announced intention)", "en")));
    }

    @Test
    void theArticlesDescriptionHoldsItsTextSentencesAndSpans() throws Exception {
        Graph article = parse(SERVER.get("id/article", "application/n-triples"), Lang.NTRIPLES);
        Node sentence3 = iri(Namespaces.ARTICLE + "offset_6_109");

        assertTrue(article.contains(sentence3, iri(Namespaces.TK + "sentenceNumber"), NodeFactory.createLiteralDT("3", XSDDatatype.XSDpositiveInteger)));
        assertTrue(article.contains(iri(Namespaces.ARTICLE + "offset_26_44"), iri(Namespaces.NIF + "beginIndex"), Node.ANY));
        assertTrue(article.contains(iri(Namespaces.ARTICLE + "offset_0_7244"), iri(Namespaces.NIF + "isString"), Node.ANY));
    }

    @Test
    void anUnknownIriIsANotFoundPageThatOffersTheSearch() throws Exception {
        Document page = SERVER.page(404, "id/volodymyr-zelenski");

        assertEquals("Not in the graph", page.selectFirst("h1").text());
        assertEquals("The graph has nothing about https://w3id.org/talks-kg/id/volodymyr-zelenski. The name may be spelt differently:"
                + " search for it.", page.selectFirst("article.not-found p").text());
        assertEquals("/search", page.selectFirst("article.not-found form").attr("action"));
        assertEquals("volodymyr zelenski", page.selectFirst("article.not-found input[name=q]").val());
        // No name, or one that makes no IRI, names nothing either.
        assertEquals("", SERVER.page(404, "id/").selectFirst("article.not-found input[name=q]").val());
        assertEquals("not an iri", SERVER.page(404, "id/not%20an-iri").selectFirst("article.not-found input[name=q]").val());
    }

    @Test
    void anRdfClientAskingForAnUnknownIriGetsAPlainNotFound() throws Exception {
        HttpResponse<String> response = SERVER.get("id/volodymyr-zelenski", "text/turtle");

        assertEquals(404, response.statusCode());
        assertEquals("text/plain", contentType(response));
        assertEquals("The graph has nothing about <https://w3id.org/talks-kg/id/volodymyr-zelenski>", response.body().strip());
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
    }

    private static Graph parse(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(graph);
        return graph;
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static Node tkd(String name) {
        return iri(Namespaces.TKD + name);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
