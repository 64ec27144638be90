package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkskg.web.PageText.links;
import static org.talkskg.web.PageText.texts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkskg.graph.Namespaces;
import org.talkskg.server.TestClient;

/** The ontology page of the shipped graph: a few terms in full, one anchor per term, the code lists, and the ontology as data. */
class OntologyPageTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static TestClient client;
    private static Document page;

    @BeforeAll
    static void start() throws Exception {
        client = SERVER.client();
        page = SERVER.page(200, "ontology");
    }

    @Test
    void describesTheOntology() {
        assertEquals("Ontology · talks-kg", page.title());
        assertEquals("talks-kg ontology", page.select("h1").text());
        assertEquals("IRI https://w3id.org/talks-kg/ontology, terms tk: = https://w3id.org/talks-kg/ontology# · version 0.1.0"
                + " · licence https://creativecommons.org/licenses/by/4.0/", page.select("header.page .meta").text());
        assertEquals(List.of("Turtle -> /ontology?format=ttl", "JSON-LD -> /ontology?format=jsonld", "RDF/XML -> /ontology?format=rdf",
                "N-Triples -> /ontology?format=nt"), links(page, "header.page .formats"));
        assertEquals(List.of("Classes", "Object properties", "Datatype properties", "Code lists"), texts(page, "nav.toc a"));
    }

    @Test
    void showsAClassWithItsDefinitionNoteSuperClassAndInstances() {
        Element term = page.getElementById("Participation");

        assertEquals("tk:Participation Participation", term.select("h3").text());
        assertEquals("The taking part of one actor in one meeting, in a role and with a status (attended, scheduled, invited,"
                + " intending, offered, uncertain, declined).", term.select(".definition").text());
        assertEquals("Only a participation with status tk:Attended says that the actor was at the meeting.", term.select(".note").text());
        assertEquals(List.of("Sub-class of: sem:Role",
                        "Instances: 27 instances, such as Keith Kellogg at the Istanbul talks (scheduled), Kellogg in the talks in"
                                + " Saudi Arabia, Putin at the proposed meeting with Zelensky (challenged to come; uncertain)"),
                facts(term));
        assertEquals(List.of("sem:Role -> http://semanticweb.cs.vu.nl/2009/11/sem/Role",
                        "Keith Kellogg at the Istanbul talks (scheduled) -> /id/participation-kellogg-istanbul-talks-2025",
                        "Kellogg in the talks in Saudi Arabia -> /id/participation-kellogg-us-talks-saudi-arabia",
                        "Putin at the proposed meeting with Zelensky (challenged to come; uncertain) -> /id/participation-putin-zelensky-putin-meeting"),
                links(term, "dl"));
    }

    @Test
    void showsAPropertyWithDomainRangeInverseAndUses() {
        Element term = page.getElementById("participant");

        assertEquals("tk:participant participant", term.select("h3").text());
        assertEquals("The actor of a participation.", term.select(".definition").text());
        assertEquals(List.of("Domain: tk:Participation", "Range: tk:Actor", "Inverse: tk:hasParticipationOf",
                        "Used by: 27 things, such as Keith Kellogg at the Istanbul talks (scheduled), Kellogg in the talks in Saudi"
                                + " Arabia, Putin at the proposed meeting with Zelensky (challenged to come; uncertain)"),
                facts(term));
        assertEquals(List.of("tk:Participation -> /ontology#Participation", "tk:Actor -> /ontology#Actor",
                        "tk:hasParticipationOf -> /ontology#hasParticipationOf"),
                links(term, "dl").subList(0, 3));
    }

    @Test
    void showsAnInverseStatedOnlyFromTheOtherSide() {
        assertEquals(List.of("Domain: tk:Actor", "Range: tk:Participation", "Inverse: tk:participant", "Used by: none"),
                facts(page.getElementById("hasParticipationOf")));
    }

    @Test
    void showsTheCodeListAPropertyTakesItsValuesFrom() {
        Element term = page.getElementById("participationStatus");

        assertEquals(List.of("Domain: tk:Participation", "Range: skos:Concept", "Values from: tk:ParticipationStatusScheme"),
                facts(term).subList(0, 3));
        assertEquals(List.of("tk:Participation -> /ontology#Participation", "skos:Concept -> http://www.w3.org/2004/02/skos/core#Concept",
                        "tk:ParticipationStatusScheme -> /ontology#ParticipationStatusScheme"),
                links(term, "dl").subList(0, 3));
    }

    @Test
    void showsEachMemberOfAUnionDomain() {
        assertEquals(List.of("Domain: tk:Proposal", "Range: tk:Agreement or tk:Meeting"), facts(page.getElementById("proposes")).subList(0, 2));
    }

    @Test
    void showsTheParticipationStatusesAsATable() {
        Element list = page.getElementById("ParticipationStatusScheme");

        assertEquals("tk:ParticipationStatusScheme Participation status", list.select("h3").text());
        assertEquals("How certain it is that an actor takes or took part in a meeting.", list.select(".definition").text());
        assertEquals(List.of(
                        "IntendsToAttend | tk:IntendsToAttend | announced intention | Has announced the intention to take part."
                                + " | 4 things, such as Russia in the Istanbul talks (announced intention), Russian delegation in the"
                                + " Istanbul talks (announced intention), Ukraine at the Thursday meetings in Türkiye (announced intention)",
                        "Attended | tk:Attended | attended | Took part in a meeting that was held, or is taking part in one that is"
                                + " ongoing. | 13 things, such as Kellogg in the talks in Saudi Arabia, Rubio at the informal meeting"
                                + " of NATO foreign ministers, Rubio in the talks in Saudi Arabia",
                        "Declined | tk:Declined | declined | Has refused to take part. | 1 thing, such as Zelensky declines to meet"
                                + " Russian officials other than Putin",
                        "Invited | tk:Invited | invited | Asked or challenged to take part, without having accepted. | none",
                        "Offered | tk:Offered | offered | Has offered to take part in this role (said it is ready to), without the"
                                + " article reporting that the offer was accepted or that the participation is planned; weaker than"
                                + " an announced intention. | 1 thing, such as Turkish government as mediator of the Istanbul talks (offered)",
                        "Scheduled | tk:Scheduled | scheduled | Reported as scheduled or planned to take part. | 4 things, such as"
                                + " Keith Kellogg at the Istanbul talks (scheduled), Steve Witkoff at the Istanbul talks (scheduled),"
                                + " Türkiye as host of the Istanbul talks (scheduled)",
                        "AttendanceUncertain | tk:AttendanceUncertain | uncertain | May or may not take part; the article only says"
                                + " 'may', 'might' or doubts it. | 4 things, such as Putin at the proposed meeting with Zelensky"
                                + " (challenged to come; uncertain), Trump at the proposed Zelensky-Putin meeting (might go), Ukraine"
                                + " in the Istanbul talks (uncertain)"),
                list.select("tbody tr").stream().map(row -> row.id() + " | " + String.join(" | ", texts(row, "td"))).toList());
    }

    @Test
    void hasOneAnchorForEveryTermOfTheNamespace() throws Exception {
        List<List<String>> rows = client.select("SELECT DISTINCT ?term { ?term a ?type"
                + " VALUES ?type { <http://www.w3.org/2002/07/owl#Class> <http://www.w3.org/2002/07/owl#ObjectProperty>"
                + " <http://www.w3.org/2002/07/owl#DatatypeProperty> <http://www.w3.org/2004/02/skos/core#ConceptScheme>"
                + " <http://www.w3.org/2004/02/skos/core#Concept> }"
                + " FILTER (STRSTARTS(STR(?term), \"" + Namespaces.TK + "\")) }");
        Set<String> terms = new TreeSet<>();
        rows.forEach(row -> terms.add(row.get(0).substring(Namespaces.TK.length())));
        List<String> anchors = page.select("article.term[id], section.code-list[id], section.code-list tr[id]").eachAttr("id");

        assertEquals(169, terms.size());
        assertEquals(terms, new TreeSet<>(anchors));
        assertEquals(anchors.size(), Set.copyOf(anchors).size(), "an anchor is repeated");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Accept: text/turtle           | ontology            | text/turtle
        Accept: application/ld+json   | ontology            | application/ld+json
        Accept: application/rdf+xml   | ontology            | application/rdf+xml
        Accept: application/n-triples | ontology            | application/n-triples
        ?format=ttl                   | ontology?format=ttl | text/turtle
        ?format=nt                    | ontology?format=nt  | application/n-triples
        """)
    void servesTheOntologyGraphAsData(String asked, String path, String mediaType) throws Exception {
        HttpResponse<String> response = SERVER.get(path, asked.startsWith("Accept: ") ? asked.substring("Accept: ".length()) : "text/html");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(mediaType + "; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Accept", response.headers().firstValue("Vary").orElseThrow());
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        Graph served = RDFParser.fromString(response.body(), lang).base(Namespaces.ONTOLOGY).toGraph();
        assertTrue(served.isIsomorphicWith(RDFDataMgr.loadGraph("ontology/talks-kg.ttl")), "not the ontology file's graph");
    }

    @Test
    void refusesFormatsItDoesNotOffer() throws Exception {
        HttpResponse<String> unknown = client.get("ontology?format=pdf");
        HttpResponse<String> unacceptable = SERVER.get("ontology", "image/png");

        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().startsWith("Unknown format 'pdf'. Offered: text/html (?format=html), text/turtle (?format=ttl)"),
                unknown.body());
        assertEquals(406, unacceptable.statusCode());
        assertEquals("Accept", unacceptable.headers().firstValue("Vary").orElseThrow());
    }

    /** The term's facts as "heading: value" lines. */
    private static List<String> facts(Element term) {
        return term.select("dl dt").stream().map(heading -> heading.text() + ": " + heading.nextElementSibling().text()).toList();
    }
}
