package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.talkskg.Fixtures;

/** GET /participation on the shipped graph, over HTTP: the nodes, the edges and the layout of the SVG. */
class ParticipationPageTest {

    private static final String ID = "https://w3id.org/talks-kg/id/";

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static Document page;
    private static Map<String, String> names;

    @BeforeAll
    static void fetch() throws Exception {
        page = SERVER.page(200, "participation");
        names = new HashMap<>();
        nodes().forEach(node -> names.put(node.attr("data-iri"), node.selectFirst("title").text()));
    }

    @Test
    void zelenskyHeadsHisDelegationToTheProposedMeetingWithPutinOnHisAnnouncedIntention() {
        Element edge = edge("volodymyr-zelensky", "zelensky-putin-meeting");

        assertTrue(edge.hasClass("status-intends-to-attend"), edge.className());
        assertEquals("head of delegation", role(edge));
        assertEquals("announced intention", status(edge));
        assertEquals("Volodymyr Zelensky → Proposed Zelensky-Putin meeting in Türkiye (15 May 2025): head of delegation, announced intention",
                edge.selectFirst("title").text());
    }

    @Test
    void witkoffIsScheduledToObserveTheIstanbulTalks() {
        Element edge = edge("steve-witkoff", "istanbul-talks-2025");

        assertTrue(edge.hasClass("status-scheduled"), edge.className());
        assertEquals("observer", role(edge));
        assertEquals("scheduled", status(edge));
    }

    /** The picture shows exactly the participants of the checked answer of the saved query meetings. */
    @Test
    void everyParticipationOfTheMeetingsAnswerIsAnEdgeAndNothingElse() {
        Set<String> expected = Fixtures.text("expected/queries/meetings.tsv").lines().skip(1)
                .map(line -> line.split("\t", -1))
                .filter(cells -> !cells[6].isEmpty())
                .map(cells -> unquote(cells[6]) + " → " + unquote(cells[0]) + ": " + unquote(cells[7]) + ", " + unquote(cells[8]))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> drawn = page.select("g.edge:not(.part-of)").stream()
                .map(edge -> names.get(edge.attr("data-from")) + " → " + names.get(edge.attr("data-to")) + ": " + role(edge) + ", " + status(edge))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, drawn);
        assertEquals(27, page.select("g.edge:not(.part-of)").size());
    }

    @Test
    void aMeetingWithinALargerOneHasAPartOfEdge() {
        Set<String> partOf = page.select("g.edge.part-of").stream()
                .map(edge -> local(edge.attr("data-from")) + " → " + local(edge.attr("data-to")) + ": " + role(edge))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(List.of(
                "istanbul-talks-2025 → talks-in-turkiye-2025-05-15: part of",
                "talks-2022-belarus → talks-2022: part of",
                "talks-2022-turkiye → talks-2022: part of",
                "us-ukraine-meeting-saudi-arabia → us-talks-saudi-arabia: part of",
                "zelensky-putin-meeting → talks-in-turkiye-2025-05-15: part of")), partOf);
    }

    @Test
    void theNodesAreTheActorsThatTakePartAndEveryMeetingEachLinkingToItsPage() {
        Set<String> actors = page.select("svg.participation a.node.actor > title").stream().map(Element::text).collect(Collectors.toCollection(TreeSet::new));
        Set<String> meetings = page.select("svg.participation a.node.meeting").stream().map(node -> local(node.attr("data-iri")))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(List.of("Donald Trump", "Government of Türkiye", "Keith Kellogg", "Marco Rubio", "Russia",
                "Russian delegation to the Istanbul talks", "Steve Witkoff", "Türkiye", "Ukraine", "Ukrainian delegation to the Istanbul talks",
                "United States", "Vladimir Putin", "Volodymyr Zelensky")), actors);
        assertEquals(new TreeSet<>(List.of("istanbul-talks-2025", "nato-foreign-ministers-informal-meeting-2025", "talks-2022",
                "talks-2022-belarus", "talks-2022-turkiye", "talks-in-turkiye-2025-05-15", "trump-zelensky-conversation-at-papal-funeral",
                "us-talks-saudi-arabia", "us-ukraine-meeting-saudi-arabia", "zelensky-meeting-other-russian-officials",
                "zelensky-putin-meeting")), meetings);
        nodes().forEach(node -> assertEquals("/id/" + local(node.attr("data-iri")), node.attr("href")));
        assertEquals("Talks · planned", node("istanbul-talks-2025").selectFirst("tspan.node-detail").text());
    }

    @Test
    void noTwoNodesOverlapAndAllLieInsideThePicture() {
        Element svg = page.selectFirst("svg.participation");
        double width = number(svg, "width");
        double height = number(svg, "height");
        List<Element> boxes = nodes().stream().map(node -> node.selectFirst("rect")).toList();

        for (int i = 0; i < boxes.size(); i++) {
            Element a = boxes.get(i);
            assertTrue(number(a, "x") >= 0 && number(a, "y") >= 0 && right(a) <= width && bottom(a) <= height, "inside: " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                Element b = boxes.get(j);
                boolean overlap = number(a, "x") < right(b) && number(b, "x") < right(a) && number(a, "y") < bottom(b) && number(b, "y") < bottom(a);
                assertFalse(overlap, nodes().get(i).attr("data-iri") + " overlaps " + nodes().get(j).attr("data-iri"));
            }
        }
    }

    @Test
    void everyEdgeRunsFromTheBorderOfItsSourceToTheBorderOfItsTarget() {
        for (Element edge : page.select("g.edge")) {
            String[] path = edge.selectFirst("path").attr("d").replaceAll("[ML]", " ").trim().split("\\s+");
            String name = edge.attr("data-from") + " → " + edge.attr("data-to");
            assertTrue(onBorder(node(local(edge.attr("data-from"))).selectFirst("rect"), Double.parseDouble(path[0]), Double.parseDouble(path[1])), "starts: " + name);
            assertTrue(onBorder(node(local(edge.attr("data-to"))).selectFirst("rect"),
                    Double.parseDouble(path[path.length - 2]), Double.parseDouble(path[path.length - 1])), "ends: " + name);
        }
    }

    @Test
    void theLegendAndTheTableSayInWordsWhatTheColoursShow() {
        assertEquals(List.of("announced intention", "attended", "declined", "invited", "offered", "scheduled", "uncertain"),
                page.select("dl.legend dd > a").stream().map(Element::text).toList());
        List<String> zelensky = page.select("table.participation-table tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("Volodymyr Zelensky"))
                .map(row -> row.select("td").stream().map(Element::text).collect(Collectors.joining(" | ")))
                .toList();
        assertEquals(List.of(
                "Trump-Zelensky conversation at Pope Francis' funeral (April 2025) | member | attended",
                "Possible meeting of Zelensky with Russian officials other than Putin | head of delegation | declined",
                "Proposed Zelensky-Putin meeting in Türkiye (15 May 2025) | head of delegation | announced intention"), zelensky);
    }

    private static List<Element> nodes() {
        return page.select("svg.participation a.node");
    }

    private static Element node(String local) {
        return page.selectFirst("svg.participation a.node[data-iri=" + ID + local + "]");
    }

    private static Element edge(String from, String to) {
        return page.selectFirst("g.edge[data-from=" + ID + from + "][data-to=" + ID + to + "]");
    }

    private static String role(Element edge) {
        return edge.select("tspan.edge-role").stream().map(Element::text).collect(Collectors.joining(" "));
    }

    private static String status(Element edge) {
        return edge.select("tspan.edge-status").text();
    }

    private static String local(String iri) {
        return iri.substring(ID.length());
    }

    private static String unquote(String cell) {
        return cell.substring(1, cell.length() - 1);
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }

    private static double right(Element rect) {
        return number(rect, "x") + number(rect, "width");
    }

    private static double bottom(Element rect) {
        return number(rect, "y") + number(rect, "height");
    }

    /** Within a unit of the rectangle's outline: on an edge and within the span of the other side. */
    private static boolean onBorder(Element rect, double x, double y) {
        double tolerance = 1;
        boolean withinX = x >= number(rect, "x") - tolerance && x <= right(rect) + tolerance;
        boolean withinY = y >= number(rect, "y") - tolerance && y <= bottom(rect) + tolerance;
        boolean onVertical = Math.abs(x - number(rect, "x")) <= tolerance || Math.abs(x - right(rect)) <= tolerance;
        boolean onHorizontal = Math.abs(y - number(rect, "y")) <= tolerance || Math.abs(y - bottom(rect)) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
