package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /timeline on the shipped graph, over HTTP: the SVG, the table and the undated events. */
class TimelinePageTest {

    /** Every dated event in the order of the timeline: label | mark | precision | status | when. */
    private static final String DATED = """
            Russia's full-scale invasion of Ukraine (February 2022) | rect | month | held | February 2022
            Russia-Ukraine negotiations of spring 2022 | rect | season | collapsed | spring 2022
            Russia-Ukraine talks in Belarus (spring 2022) | rect | season | held | spring 2022
            Russia-Ukraine talks in Türkiye (spring 2022) | rect | season | held | spring 2022
            Russia withdraws from the Black Sea Grain Initiative (2023) | rect | year | held | 2023
            Trump returns to the White House (January 2025) | rect | month | held | January 2025
            Funeral of Pope Francis (April 2025) | rect | month | held | April 2025
            Trump-Zelensky conversation at Pope Francis' funeral (April 2025) | rect | month | held | April 2025
            European ultimatum to Russia: accept the 30-day ceasefire or face massive new sanctions | circle | day | held | 10 May 2025
            Kosachev tells Russia 24 the challenge is 'pure show' (12 May 2025) | circle | day | held | 12 May 2025
            The Turkish government offers support for peace, including mediation and hosting talks | rect | range | held | 12–13 May 2025
            Senior Trump administration official: Kellogg and Witkoff to be in Istanbul (13 May 2025) | circle | day | held | 13 May 2025
            Zelensky: anything short of an unconditional ceasefire would be a failure (13 May 2025) | circle | day | held | 13 May 2025
            Publication of the CNN article | circle | day | held | 14 May 2025
            Trump tells CNN that Putin 'hopes I'm there' (14 May 2025) | circle | day | held | 14 May 2025
            Direct Russia-Ukraine meetings in Türkiye on Thursday 15 May 2025, at all levels | circle | day | planned | 15 May 2025
            Proposed Zelensky-Putin meeting in Türkiye (15 May 2025) | circle | day | proposed | 15 May 2025
            Russia-Ukraine talks in Istanbul (15 May 2025) | circle | day | planned | 15 May 2025
            """;

    /** Every event without a date or a range, by label. */
    private static final String UNDATED = """
            Alleged order by Putin to assassinate Zelensky
            Bucha strengthens the resolve of the Ukrainian people
            Collapse of the 2022 Russia-Ukraine talks
            Comments on a 'number of technical issues' (speaker not named)
            Discovery of evidence of atrocities as Ukraine retook the north (2022)
            Earlier US-mediated talks in Saudi Arabia
            Eastward expansion of NATO since the end of the Cold War
            Erdoğan praises his 'special relationship' with Putin
            Europeans and Ukraine initially refuse talks before a ceasefire
            Failure of Putin's initial plan to take all of Ukraine (2022)
            Informal meeting of NATO foreign ministers in Türkiye (May 2025)
            Institute for the Study of War on Moscow's 2022 draft terms
            Kosachev: Russian negotiators will be present at expert level
            Kremlin aide: the Russian delegation will depend on the topic discussed
            Kyiv and its European allies: Putin is not seriously interested in peace
            Possible meeting of Zelensky with Russian officials other than Putin
            Putin decides to appear in Türkiye (hypothetical)
            Putin decides to stay home (hypothetical)
            Putin does not rule out a new ceasefire during the talks, which are to remove the 'root causes'
            Putin ignores the European ultimatum
            Putin proposes direct Russia-Ukraine talks
            Putin says he hopes to resume the talks broken off in spring 2022
            Rubio's visit to Türkiye (May 2025)
            Russia proposes draft peace terms in the 2022 talks
            Russia scrambles and tries to reach its goals through negotiations (2022)
            Russia-Ukraine war
            Russian abuses in Bucha (2022)
            Russian atrocities in northern Ukraine (2022)
            Separate US meeting with the Ukrainians in Saudi Arabia
            Source familiar with the plan confirms the US envoys' trip
            The Kremlin lays the groundwork for Putin's absence
            The Kremlin refuses to say whether Putin will attend
            Trump and Ukraine's European allies threaten more sanctions on Russia without a ceasefire
            Trump begins questioning whether Putin wants peace
            Trump suggests he might go to Türkiye too, 'if it helps'
            Trump urges Zelensky on social media to hold a meeting now
            Trump's earlier repeated expressions of opposition
            Trump's tour of the Middle East (May 2025)
            Ukraine and the Europeans drop their ceasefire-first precondition
            Ukrainian forces retake parts of northern Ukraine (2022)
            Zelensky announces he will travel to Türkiye himself
            Zelensky challenges Putin to meet him in person in Türkiye
            Zelensky supports Trump's coming: Ukraine would 'thank' him
            Zelensky would point out again that Russia is not serious about peace (if Putin stays home)
            Zelensky's planned trip to Türkiye (May 2025)
            Zelensky: he will not meet Russian officials other than Putin
            """;

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    private static Document timeline;

    @BeforeAll
    static void fetch() throws Exception {
        timeline = SERVER.page(200, "timeline");
    }

    @Test
    void everyDatedEventHasAMarkInOrderWithItsPrecisionShapeAndStatus() {
        List<String> marks = marks().stream()
                .map(mark -> String.join(" | ", label(mark), shape(mark).tagName(), mark.attr("data-precision"), status(mark)))
                .toList();

        assertEquals(column(DATED, 4), marks);
    }

    @Test
    void theTableListsTheSameEventsInTheSameOrderWithTheirDatesInWords() {
        List<String> rows = timeline.select("table.timeline-table tbody tr").stream()
                .map(row -> String.join(" | ", row.selectFirst("th").text(), row.select("td").get(0).text(),
                        row.select("td").get(1).text(), row.select("td").get(3).text()))
                .toList();

        List<String> expected = DATED.lines()
                .map(line -> line.split(" \\| "))
                .map(cells -> String.join(" | ", cells[0], cells[4], cells[2], cells[3]))
                .toList();
        assertEquals(expected, rows);
    }

    @Test
    void aMarkLinksToItsEntityPageWithATooltip() {
        Element ultimatum = marks().get(8);

        assertEquals("/id/european-ultimatum", ultimatum.attr("href"));
        assertEquals("European ultimatum to Russia: accept the 30-day ceasefire or face massive new sanctions — held, "
                + "10 May 2025 (day), “on Saturday”", ultimatum.selectFirst("title").text());
    }

    @Test
    void aRangeOfDaysSpansItsDaysOnTheAxisAndAMonthHoldsItsDays() {
        List<Element> marks = marks();
        Element range = shape(marks.get(10));
        double rangeStart = number(range, "x");
        double rangeEnd = rangeStart + number(range, "width");
        double monday = number(shape(marks.get(9)), "cx");
        double tuesday = number(shape(marks.get(11)), "cx");
        double wednesday = number(shape(marks.get(14)), "cx");

        assertTrue(rangeStart < monday && monday < tuesday && tuesday < rangeEnd, "12-13 May covers Monday and Tuesday");
        assertTrue(rangeEnd < wednesday, "and ends before Wednesday");
        double springStart = number(shape(marks.get(1)), "x");
        double invasionEnd = number(shape(marks.get(0)), "x") + number(shape(marks.get(0)), "width");
        assertEquals(invasionEnd, springStart, 0.1, "spring 2022 begins where February 2022 ends");
    }

    @Test
    void theLegendNamesEveryEventStatusInWords() {
        List<String> legend = timeline.select("dl.legend dd > a").stream().map(Element::text).toList();

        assertEquals(List.of("alleged", "collapsed", "did not happen", "held", "hypothetical", "ongoing", "planned", "proposed"), legend);
        assertEquals("status-did-not-happen", timeline.select("dl.legend dd").get(2).className());
    }

    @Test
    void everyUndatedEventIsListedApartWithWhyItHasNoDate() {
        List<Element> undated = timeline.select("li.undated-event");

        assertEquals(UNDATED.lines().toList(), undated.stream().map(item -> item.selectFirst("a.event").text()).toList());
        assertEquals("Only relative to the end of the Cold War, which the article does not date; no tk:date is recorded.",
                why(undated, "Eastward expansion of NATO since the end of the Cold War"));
        assertEquals("The article gives no date, only “previously”.", why(undated, "Erdoğan praises his 'special relationship' with Putin"));
        assertEquals("The article gives no date for it.", why(undated, "Putin proposes direct Russia-Ukraine talks"));
    }

    @Test
    void anUndatedEventShowsWhatTheArticleSaysOfItsOrder() {
        Element proposal = undated("Putin proposes direct Russia-Ukraine talks");

        assertEquals("status-held", proposal.classNames().stream().filter(name -> name.startsWith("status-")).findFirst().orElseThrow());
        assertEquals(List.of(
                "after European ultimatum to Russia: accept the 30-day ceasefire or face massive new sanctions (10 May 2025)",
                "before Trump urges Zelensky on social media to hold a meeting now",
                "before Zelensky announces he will travel to Türkiye himself",
                "has response Europeans and Ukraine initially refuse talks before a ceasefire",
                "has response Zelensky challenges Putin to meet him in person in Türkiye",
                "in response to European ultimatum to Russia: accept the 30-day ceasefire or face massive new sanctions (10 May 2025)"),
                proposal.select("ul.order li").stream().map(Element::text).toList());
        assertEquals("/id/european-ultimatum", proposal.selectFirst("ul.order li a").attr("href"));
        assertEquals(List.of("part of Russia-Ukraine negotiations of spring 2022 (spring 2022)"),
                undated("Russia proposes draft peace terms in the 2022 talks").select("ul.order li").stream().map(Element::text).toList());
    }

    private static List<Element> marks() {
        return timeline.select("svg.timeline a.mark");
    }

    private static String label(Element mark) {
        return mark.selectFirst("text.mark-label").ownText().strip();
    }

    /** The mark's shape: a circle for a day, a rect for a band. */
    private static Element shape(Element mark) {
        return mark.selectFirst("circle.point, rect.band");
    }

    private static String status(Element mark) {
        return mark.classNames().stream().filter(name -> name.startsWith("status-")).findFirst().orElseThrow().substring("status-".length());
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }

    private static Element undated(String label) {
        return timeline.select("li.undated-event").stream()
                .filter(item -> item.selectFirst("a.event").text().equals(label))
                .findFirst().orElseThrow();
    }

    private static String why(List<Element> undated, String label) {
        return undated(label).selectFirst("p.why").text();
    }

    /** The first {@code count} columns of each line of an expected table. */
    private static List<String> column(String table, int count) {
        return table.lines().map(line -> String.join(" | ", List.of(line.split(" \\| ")).subList(0, count))).toList();
    }
}
