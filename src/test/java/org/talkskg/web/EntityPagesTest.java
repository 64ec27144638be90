package org.talkskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.talkskg.web.PageText.texts;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTML pages of entities of the shipped graph over HTTP: the exact lines they show. */
class EntityPagesTest {

    @RegisterExtension
    static final TestServer SERVER = TestServer.onTheShippedGraph();

    @Test
    void zelenskysPageNamesHimInEveryFormTheArticleUses() throws Exception {
        Document page = SERVER.page(200, "id/volodymyr-zelensky");

        assertEquals("Volodymyr Zelensky", page.selectFirst("h1").text());
        assertEquals("/ontology#Person", page.selectFirst("p.types a").attr("href"));
        assertEquals(List.of("alternative label", "as the article prints it (hidden label)"), texts(page, "section.names dt"));
        assertEquals("Volodymyr Zelenskyy, Zelensky", page.selectFirst("section.names dd").text());
        assertEquals("Voldy Mil Zelensky — the article is a machine translation and garbles these; the graph keeps them so that a search"
                + " finds them", page.selectFirst("dd.garbled").text());
    }

    @Test
    void zelenskysPageFlattensHisParticipationsAndPost() throws Exception {
        Document page = SERVER.page(200, "id/volodymyr-zelensky");

        assertEquals(List.of(
                "Volodymyr Zelensky — announced intention as head of delegation — Proposed Zelensky-Putin meeting in Türkiye (15 May 2025)"
                        + " (proposed, Thursday 15 May 2025, day precision), on their own word: Zelensky announces he will travel to Türkiye"
                        + " himself (held, undated)",
                "Volodymyr Zelensky — declined as head of delegation — Possible meeting of Zelensky with Russian officials other than Putin"
                        + " (hypothetical, undated), on their own word: Zelensky: he will not meet Russian officials other than Putin (held, undated)",
                "Volodymyr Zelensky — attended as member — Trump-Zelensky conversation at Pope Francis' funeral (April 2025)"
                        + " (held, April 2025, month precision)"),
                texts(page, "section.participation li.fact > p.line"));
        assertEquals(List.of("Volodymyr Zelensky — president of Ukraine — current"), texts(page, "section.membership li.fact > p.line"));
        assertEquals(List.of("Recorded as Volodymyr Zelensky, President of Ukraine"), texts(page, "section.membership p.node"));
    }

    @Test
    void zelenskysPageListsWhatHeSaidAndTheClaimsAboutHim() throws Exception {
        Document page = SERVER.page(200, "id/volodymyr-zelensky");

        assertEquals(List.of(
                "Donald Trump — Demand — Trump urges Zelensky on social media to hold a meeting now (held, undated)",
                "Volodymyr Zelensky — Statement — Zelensky announces he will travel to Türkiye himself (held, undated)",
                "Volodymyr Zelensky — Proposal — Zelensky challenges Putin to meet him in person in Türkiye (held, undated)",
                "Volodymyr Zelensky — Statement — Zelensky supports Trump's coming: Ukraine would 'thank' him (held, undated)",
                "Volodymyr Zelensky — Statement — Zelensky would point out again that Russia is not serious about peace (if Putin stays home)"
                        + " (hypothetical, undated)",
                "Volodymyr Zelensky — Statement — Zelensky: anything short of an unconditional ceasefire would be a failure (13 May 2025)"
                        + " (held, Tuesday 13 May 2025, day precision)",
                "Volodymyr Zelensky — Statement — Zelensky: he will not meet Russian officials other than Putin (held, undated)"),
                texts(page, "section.act li.fact > p.line"));
        assertEquals(List.of(
                "Claim: Anything other than an unconditional ceasefire would be a failure (Zelensky) — according to Volodymyr Zelensky",
                "Claim: Everything in Russia depends on Putin (Zelensky) — according to Volodymyr Zelensky",
                "Claim: Putin ordered Zelensky's assassination (Ukrainian and Western intelligence) — according to Ukrainian intelligence"
                        + " agencies, Western intelligence agencies",
                "Claim: Russia (Putin) is not seriously interested in peace — according to Ukraine, Ukraine's European allies, Volodymyr Zelensky",
                "Claim: Zelensky and his government are illegitimate (Putin's narrative) — according to Vladimir Putin"),
                texts(page, "section.claim li.fact > p.line"));
        assertEquals(List.of("addressee: Volodymyr Zelensky",
                "after: Europeans and Ukraine initially refuse talks before a ceasefire (held, undated), Putin proposes direct Russia-Ukraine"
                        + " talks (held, undated)",
                "demands: Russia-Ukraine talks in Istanbul (15 May 2025) (planned, Thursday 15 May 2025, day precision)",
                "led to: Ukraine and the Europeans drop their ceasefire-first precondition (held, undated)",
                "medium: social media post",
                "quote: hold a meeting now."),
                texts(page.selectFirst("section.act li.fact"), "ul.details li"));
        assertEquals(List.of("Volodymyr Zelensky — owl:sameAs — http://www.wikidata.org/entity/Q3874799"),
                texts(page, "section.outgoing li.relation > p.line"));
        assertEquals(List.of("Zelensky's planned trip to Türkiye (May 2025) (planned, undated) — actor — Volodymyr Zelensky"),
                texts(page, "section.incoming li.relation > p.line"));
    }

    @Test
    void eachFactShowsTheSentenceItRestsOnWithTheCitedWordsMarked() throws Exception {
        Document page = SERVER.page(200, "id/volodymyr-zelensky");
        Element evidence = page.selectFirst("section.participation li.fact ul.evidence li");

        assertEquals("sentence 17: However, Zelensky raised his stake by announcing that he was planning to travel to Turkey itself and"
                + " asking Putin to do the same.", evidence.text());
        assertEquals("/id/article#offset_1818_1947", evidence.selectFirst("a.sentence").attr("href"));
        assertEquals("he was planning to travel to Turkey itself", evidence.selectFirst("mark").text());
        assertEquals("/id/article#offset_1872_1914", evidence.selectFirst("mark").parent().attr("href"));
        assertEquals(List.of("Voldy Mil Zelensky", "his disgusting Ukrainian counterpart", "The Ukrainian leader", "Zelensky", "Zelensky"),
                texts(page, "section.outgoing ul.evidence mark"));
        assertEquals(List.of("sentence 3", "sentence 15", "sentence 18", "sentence 31", "sentence 42"),
                texts(page, "section.outgoing ul.evidence a.sentence"));
    }

    @Test
    void theIstanbulTalksPageListsEveryoneExpectedAndOnWhoseWord() throws Exception {
        Document page = SERVER.page(200, "id/istanbul-talks-2025");

        assertEquals("Status and date: planned, Thursday 15 May 2025, day precision", page.selectFirst("p.status").text());
        String talks = "Russia-Ukraine talks in Istanbul (15 May 2025)";
        assertEquals(List.of(
                "Keith Kellogg — scheduled as observer — " + talks + ", on the word of Unnamed senior Trump administration official, Unnamed"
                        + " source familiar with the plan: Senior Trump administration official: Kellogg and Witkoff to be in Istanbul"
                        + " (13 May 2025) (held, Tuesday 13 May 2025, day precision), Source familiar with the plan confirms the US envoys'"
                        + " trip (held, undated)",
                "Russia — announced intention as negotiating party — " + talks + ", on the word of Vladimir Putin: Putin proposes direct"
                        + " Russia-Ukraine talks (held, undated)",
                "Russian delegation to the Istanbul talks — announced intention as delegate — " + talks + ", on the word of Konstantin"
                        + " Kosachev, Unnamed Kremlin aide and former Russian ambassador to the United States, Vladimir Putin: Kosachev:"
                        + " Russian negotiators will be present at expert level (held, undated), Kremlin aide: the Russian delegation will"
                        + " depend on the topic discussed (held, undated), Putin says he hopes to resume the talks broken off in spring 2022"
                        + " (held, undated)",
                "Steve Witkoff — scheduled as observer — " + talks + ", on the word of Unnamed senior Trump administration official, Unnamed"
                        + " source familiar with the plan: Senior Trump administration official: Kellogg and Witkoff to be in Istanbul"
                        + " (13 May 2025) (held, Tuesday 13 May 2025, day precision), Source familiar with the plan confirms the US envoys'"
                        + " trip (held, undated)",
                "Government of Türkiye — offered as mediator — " + talks + ", on their own word: The Turkish government offers support for"
                        + " peace, including mediation and hosting talks (held, from Monday 12 May 2025 to Tuesday 13 May 2025, range precision)",
                "Türkiye — scheduled as host — " + talks + ", on the word of Government of Türkiye, Unnamed senior Trump administration"
                        + " official: Senior Trump administration official: Kellogg and Witkoff to be in Istanbul (13 May 2025) (held, Tuesday"
                        + " 13 May 2025, day precision), The Turkish government offers support for peace, including mediation and hosting"
                        + " talks (held, from Monday 12 May 2025 to Tuesday 13 May 2025, range precision)",
                "Ukraine — uncertain as negotiating party — " + talks,
                "Ukrainian delegation to the Istanbul talks — uncertain as delegate — " + talks,
                "United States — scheduled as observer — " + talks),
                texts(page, "section.participation li.fact > p.line"));
        assertEquals(List.of(
                talks + " — part of — Direct Russia-Ukraine meetings in Türkiye on Thursday 15 May 2025, at all levels (planned, Thursday"
                        + " 15 May 2025, day precision)",
                talks + " — place — Istanbul"),
                texts(page, "section.outgoing li.relation > p.line"));
    }

    @Test
    void theEuropeanUltimatumReadsAsADemandBackedByAThreat() throws Exception {
        Document page = SERVER.page(200, "id/european-ultimatum");
        Element ultimatum = page.selectFirst("section.act li.fact");

        assertEquals("Status and date: held, Saturday 10 May 2025, day precision", page.selectFirst("p.status").text());
        assertEquals("Leaders of Germany, France, Poland and the United Kingdom, Ukraine's European allies — Ultimatum — European"
                + " ultimatum to Russia: accept the 30-day ceasefire or face massive new sanctions", ultimatum.selectFirst("p.line").text());
        assertEquals(List.of("addressee: Russia",
                "condition: If Russia does not accept the 30-day ceasefire proposal, it faces a new round of massive sanctions.",
                "demands: 30-day ceasefire proposal (demanded)",
                "quote: large",
                "threatens: New round of massive sanctions threatened by the European ultimatum"),
                texts(ultimatum, "ul.details li"));
        assertEquals(List.of("Vladimir Putin — Rejection — Putin ignores the European ultimatum (held, undated)",
                "Vladimir Putin — Proposal — Putin proposes direct Russia-Ukraine talks (held, undated)"),
                texts(page, "section.act li.fact ~ li.fact > p.line"));
        assertEquals(List.of("New round of massive sanctions threatened by the European ultimatum — Threatened sanctions, not in force"),
                texts(page, "section.threat li.fact > p.line"));
        assertEquals(List.of("Ceasefire: 30-day ceasefire proposal (demanded)"), texts(page, "section.agreement li.fact > p.line"));
        assertEquals(List.of("ultimatum of a ceasefire or rescue — the article is a machine translation and garbles these; the graph keeps"
                + " them so that a search finds them"), texts(page, "dd.garbled"));
    }

    @Test
    void threatenedSanctionsNeverReadAsImposed() throws Exception {
        Document sanctions = SERVER.page(200, "id/sanctions-threatened-in-european-ultimatum");
        Document russia = SERVER.page(200, "id/russia");

        assertEquals("Threatened sanctions", sanctions.selectFirst("p.types").text());
        assertEquals(List.of("New round of massive sanctions threatened by the European ultimatum — Threatened sanctions, not in force"),
                texts(sanctions, "section.threat li.fact > p.line"));
        assertEquals(List.of("condition: Imposed if Russia does not accept the 30-day ceasefire proposal.",
                "imposer: France, Germany, Poland, Ukraine's European allies, United Kingdom",
                "sanctions target: Russia",
                "threatened in: European ultimatum to Russia: accept the 30-day ceasefire or face massive new sanctions (held, Saturday"
                        + " 10 May 2025, day precision)",
                "unless accepted: 30-day ceasefire proposal (demanded)"),
                texts(sanctions, "section.threat li.fact ul.details li"));
        assertEquals(List.of("Threatened sanctions: not in force"), texts(russia, "section.threat h2"));
        assertEquals(List.of("More sanctions on Russia threatened by Trump and the European allies — Threatened sanctions, not in force",
                "New round of massive sanctions threatened by the European ultimatum — Threatened sanctions, not in force"),
                texts(russia, "section.threat li.fact > p.line"));
        assertEquals(List.of(), texts(russia, "section.sanctions"));
        assertFalse(russia.text().contains("Imposed sanctions"));
    }
}
